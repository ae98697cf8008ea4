// `npm run restore -- DIR`: verifies the backup's checksums, refuses an installation that already has
// data, applies the migrations, loads every table, resets the id sequences and copies the files back.
// Embedded database: run with the portal stopped. See scripts/backup-lib.ts.
import { BackupError, describe, restore } from "./backup-lib";

const dir = process.argv[2];
if (!dir) {
  console.error("用法：npm run restore -- 备份目录（恢复到全新的空数据库和空上传目录）");
  process.exit(2);
}
try {
  console.log(`从 ${dir} 恢复 …`);
  const manifest = await restore(dir, (line) => console.log(line));
  console.log(`恢复完成：${describe(manifest)}。`);
} catch (e) {
  console.error(e instanceof BackupError ? `恢复失败：${e.message}` : e);
  process.exit(1);
}
