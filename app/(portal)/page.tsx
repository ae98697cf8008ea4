import { redirect } from "next/navigation";

import { homePath } from "@/lib/navigation";
import { requireUser } from "@/server/session";

export default async function Home() {
  redirect(homePath(await requireUser()));
}
