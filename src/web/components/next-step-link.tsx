// The public pages' next step: your account once signed in, otherwise creating one.
import { Link } from "react-router";
import { useRootData } from "../root.tsx";
import { useT } from "./i18n.tsx";

export function NextStepLink({ className }: { className: string }) {
  const t = useT();
  return useRootData()?.viewer ? (
    <Link className={className} to="/account">
      {t("public.home.goToAccount")}
    </Link>
  ) : (
    <Link className={className} to="/sign-up">
      {t("public.home.createAccount")}
    </Link>
  );
}
