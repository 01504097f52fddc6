// The hub's home page: who the hub is and where to go next.
import type { Route } from "./+types/home";
import type { RouteHandle } from "#web/route-handle.ts";
import { useT } from "../../components/i18n.tsx";
import { useRootData } from "../../root.tsx";

export const handle: RouteHandle = { access: "public" };

export function meta({ matches }: Route.MetaArgs) {
  const root = matches[0]?.loaderData as { hub?: { name: string } } | undefined;
  return [{ title: root?.hub?.name ?? "IPS Hub" }];
}

export default function Home() {
  const t = useT();
  const root = useRootData();
  return (
    <div className="page">
      <h1>{root?.hub.name}</h1>
      <p>{t("shell.footer.tagline")}</p>
    </div>
  );
}
