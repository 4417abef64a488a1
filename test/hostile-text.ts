/** Adversarial document texts of the maximum sizes the indexer accepts (issue 12). */
const SENTENCE = 'Ủy ban nhân dân huyện chủ trì, phối hợp với các cơ quan liên quan triển khai thực hiện chính sách xã hội đến năm 2030. ';

function head(title: string): string {
  return `KẾ HOẠCH\nThực hiện Nghị quyết số 42-NQ/TW\n\nI. MỤC ĐÍCH, YÊU CẦU\n${title}\nII. MỤC TIÊU\n2. Chỉ tiêu cụ thể\n`;
}

/** A target line with a 32 KB run of commas before its value. */
export function commaRun(): string {
  return `${head('Bảo đảm an sinh xã hội.')}- Phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt${','.repeat(32 * 1024)} 95% dân số.\n`;
}

/** 12,800 numbered heading lines, each with a short task under it. */
export function manyHeadings(n = 12_800): string {
  const parts = [head('Bảo đảm an sinh xã hội.'), 'III. NHIỆM VỤ, GIẢI PHÁP\n'];
  for (let i = 0; i < n; i++) parts.push(`${(i % 99) + 1}. Sở Lao động số ${i}\nChủ trì, phối hợp triển khai nhiệm vụ ${i}.\n`);
  return parts.join('');
}

/** One paragraph of `bytes` characters (sentences, no line break). */
export function longParagraph(bytes = 500 * 1024): string {
  return `${head('Bảo đảm an sinh xã hội.')}${SENTENCE.repeat(Math.ceil(bytes / SENTENCE.length)).slice(0, bytes)}\n`;
}

/** About `bytes` of text in `n` short paragraphs. */
export function manyParagraphs(n = 200_000, bytes = 20 * 1024 * 1024): string {
  const per = Math.floor((bytes - 1024) / n) - 6;
  // Mostly ASCII so that characters ≈ bytes: the file stays under the 20 MB upload cap.
  const line = `Phường ${'chinh sach xa hoi '.repeat(Math.ceil(per / 18))}`.slice(0, per - 3);
  const parts = [head('Bảo đảm an sinh xã hội.')];
  for (let i = 0; i < n; i++) parts.push(`${line}.\n`);
  return parts.join('');
}
