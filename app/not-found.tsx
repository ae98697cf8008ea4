import { Link } from "@/components/ui/app-link";
import { buttonClass } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-xl font-semibold">页面不存在或无权访问</h1>
      <p className="mt-2 text-sm text-slate-600">该记录不存在，或不在您账号的管辖范围内。</p>
      <Link href="/" className={buttonClass({ className: "mt-6 inline-block" })}>
        返回首页
      </Link>
    </main>
  );
}
