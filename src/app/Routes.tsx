import type { SchoolData } from '../data/school-data';
import { Home } from '../features/home/Home';
import { Lazy } from './Lazy';
import { href, useRoute } from './router';
import { Shell } from './Shell';

const meldingenList = () => import('../features/meldingen/MeldingenList').then((m) => m.MeldingenList);
const meldingForm = () => import('../features/meldingen/MeldingForm').then((m) => m.MeldingForm);
const meldingDetail = () => import('../features/meldingen/MeldingDetail').then((m) => m.MeldingDetail);
const settings = () => import('../features/settings/SettingsScreen').then((m) => m.SettingsScreen);

export function Routes({ data }: { data: SchoolData }) {
  const route = useRoute();
  return (
    <Shell data={data} route={route}>
      {route.name === 'home' && <Home data={data} />}
      {route.name === 'meldingen' && <Lazy load={meldingenList} props={{ data }} />}
      {route.name === 'nieuwe-melding' && <Lazy load={meldingForm} props={{ data }} />}
      {route.name === 'melding' && <Lazy key={route.id} load={meldingDetail} props={{ data, id: route.id }} />}
      {route.name === 'instellingen' && <Lazy load={settings} props={{ data }} />}
      {route.name === 'onbekend' && (
        <>
          <h1>Pagina niet gevonden</h1>
          <p>
            <a href={href({ name: 'home' })}>Terug naar de start</a>
          </p>
        </>
      )}
    </Shell>
  );
}
