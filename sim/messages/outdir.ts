/** Messages of the output-folder guard shared by every command with --out: foreign files, inputs, the lock. */
export const EN = {
  outForeign:
    '{out} already holds {files}, not written by cogov; cogov never overwrites a file it did not write: choose another output folder or move them away',
  outIsInput:
    '{input} is an input of this command and also one of its outputs in {out}; choose another output folder',
  outLocked:
    '{out} is in use by another cogov process ({owner}); wait for it to finish or choose another output folder (if no cogov process runs, remove {lock})',
  outLockOwner: 'pid {pid} on {host}, since {started}',
  outLockUnknown: 'owner unknown',
  outStaleLock: 'note: took over the lock of {out} left by a process that is gone ({owner})',
  fileForeign:
    '{file} already exists and was not written by cogov; cogov never overwrites a file it did not write: choose another file name or move it away',
} as const;

export const ZH: Record<keyof typeof EN, string> = {
  outForeign:
    '{out} 中已有 {files}，不是 cogov 写入的；cogov 从不覆盖非它写入的文件：请换一个输出文件夹或先移走这些文件',
  outIsInput: '{input} 是本命令的输入，同时也是它在 {out} 中的输出之一；请换一个输出文件夹',
  outLocked:
    '{out} 正被另一个 cogov 进程使用（{owner}）；请等它结束或换一个输出文件夹（如果没有 cogov 进程在运行，请删除 {lock}）',
  outLockOwner: '{host} 上的进程 {pid}，始于 {started}',
  outLockUnknown: '持有者不明',
  outStaleLock: '注意：{out} 的锁属于已不存在的进程（{owner}），已接管',
  fileForeign: '{file} 已存在，且不是 cogov 写入的；cogov 从不覆盖非它写入的文件：请换一个文件名或先移走它',
};
