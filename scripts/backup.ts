// `npm run backup -- DIR`: database, uploaded files, manifest and checksums into the new directory DIR.
// Embedded database (PGlite): run with the portal stopped. PostgreSQL: runs while the portal serves
// (one consistent snapshot). See scripts/backup-lib.ts.
import { backup, BackupError, describe } from "./backup-lib";

const dir = process.argv[2];
if (!dir) {
  console.error("用法：npm run backup -- 备份目录（新目录或空目录）");
  process.exit(2);
}
try {
  console.log(`备份到 ${dir} …`);
  const manifest = await backup(dir, (line) => console.log(line));
  console.log(`备份完成：${describe(manifest)}。校验：cd ${dir} && sha256sum -c SHA256SUMS`);
} catch (e) {
  console.error(e instanceof BackupError ? `备份失败：${e.message}` : e);
  process.exit(1);
}
