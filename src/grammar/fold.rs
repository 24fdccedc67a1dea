//! Traditional → simplified folding for the words the grammars match on.
//!
//! Documents from some sources are written (or converted) in traditional
//! characters: 牽頭單位, 地區生產總值增長. The grammars match simplified words, so
//! they compare against a folded copy. Every pair is CJK to CJK of the same
//! UTF-8 length (3 bytes), so offsets found in a folded string hold for the
//! original, and simplified text is folded without a copy.
//!
//! Most documents hold no character to fold at all. [`for_document`] checks
//! the whole text once; while it parses a document without any, [`folded`]
//! returns its input at once instead of checking each name and clause again.

use std::borrow::Cow;
use std::cell::Cell;
use std::sync::LazyLock;

use super::CharSet;

/// Traditional → simplified for the characters the grammar matches on.
/// Every pair is CJK to CJK, so byte lengths (3) are kept and offsets computed
/// on a folded string hold for the original.
pub(crate) fn fold(c: char) -> char {
    match c {
        '牽' => '牵',
        '頭' => '头',
        '責' => '责',
        '單' => '单',
        '負' => '负',
        '職' => '职',
        '門' => '门',
        '務' => '务',
        '參' => '参',
        '與' => '与',
        '實' => '实',
        '總' => '总',
        '匯' => '汇',
        '協' => '协',
        '辦' => '办',
        '時' => '时',
        '間' => '间',
        '領' => '领',
        '導' => '导',
        '區' => '区',
        '縣' => '县',
        '廳' => '厅',
        '會' => '会',
        '處' => '处',
        '團' => '团',
        '國' => '国',
        '級' => '级',
        '關' => '关',
        '聯' => '联',
        '園' => '园',
        '鎮' => '镇',
        '鄉' => '乡',
        '屬' => '属',
        '場' => '场',
        '劃' => '划',
        '長' => '长',
        '記' => '记',
        '員' => '员',
        '業' => '业',
        '發' => '发',
        '開' => '开',
        '衛' => '卫',
        '隊' => '队',
        '館' => '馆',
        '資' => '资',
        '產' => '产',
        '書' => '书',
        '組' => '组',
        '織' => '织',
        '規' => '规',
        '設' => '设',
        '計' => '计',
        '審' => '审',
        '構' => '构',
        '統' => '统',
        '醫' => '医',
        '經' => '经',
        '濟' => '济',
        '農' => '农',
        '稅' => '税',
        '營' => '营',
        '專' => '专',
        '際' => '际',
        '銀' => '银',
        '續' => '续',
        '進' => '进',
        '內' => '内',
        '揮' => '挥',
        '範' => '范',
        '殘' => '残',
        '婦' => '妇',
        '黨' => '党',
        '紀' => '纪',
        '監' => '监',
        '機' => '机',
        '編' => '编',
        // a byline's 來源 / 責任編輯
        '來' => '来',
        '輯' => '辑',
        '達' => '达',
        '報' => '报',
        '檢' => '检',
        '察' => '察',
        '視' => '视',
        '電' => '电',
        '氣' => '气',
        '臺' | '台' => '台',
        '學' => '学',
        '僑' => '侨',
        '藝' => '艺',
        '則' => '则',
        '應' => '应',
        '對' => '对',
        '們' => '们',
        '個' => '个',
        '為' => '为',
        '於' => '于',
        '車' => '车',
        '運' => '运',
        '輸' => '输',
        '環' => '环',
        '節' => '节',
        '點' => '点',
        '項' => '项',
        '標' => '标',
        '預' => '预',
        '糧' => '粮',
        '調' => '调',
        '價' => '价',
        '費' => '费',
        '財' => '财',
        '額' => '额',
        '銷' => '销',
        '兩' => '两',
        '雙' => '双',
        '質' => '质',
        '優' => '优',
        '約' => '约',
        '減' => '减',
        '貿' => '贸',
        '壓' => '压',
        '現' => '现',
        '確' => '确',
        '爭' => '争',
        '過' => '过',
        '顧' => '顾',
        '維' => '维',
        '穩' => '稳',
        '將' => '将',
        '並' => '并',
        '術' => '术',
        '創' => '创',
        '築' => '筑',
        '觀' => '观',
        '療' => '疗',
        '險' => '险',
        '養' => '养',
        '層' => '层',
        '動' => '动',
        '勞' => '劳',
        '權' => '权',
        '億' => '亿',
        '萬' => '万',
        '戶' => '户',
        '畝' => '亩',
        '噸' => '吨',
        '輛' => '辆',
        '張' => '张',
        '條' => '条',
        '積' => '积',
        '極' => '极',
        '帶' => '带',
        '興' => '兴',
        '態' => '态',
        '緣' => '缘',
        '綠' => '绿',
        '廣' => '广',
        '島' => '岛',
        '灣' => '湾',
        '東' => '东',
        '陽' => '阳',
        '歲' => '岁',
        '數' => '数',
        '據' => '据',
        '網' => '网',
        '絡' => '络',
        '擴' => '扩',
        '試' => '试',
        '驗' => '验',
        '轉' => '转',
        '換' => '换',
        '變' => '变',
        '讓' => '让',
        '適' => '适',
        '選' => '选',
        '證' => '证',
        '認' => '认',
        // measure words a converter writes in traditional forms: 公裡 (公里),
        // 盞, 餘 (10萬餘株: 余, more than)
        '裡' | '裏' => '里',
        '盞' => '盏',
        '餘' => '余',
        '識' => '识',
        '師' => '师',
        '線' => '线',
        '鐵' => '铁',
        '橋' => '桥',
        '飛' => '飞',
        '訊' => '讯',
        // 分別增長5.5%、6.5%
        '別' => '别',
        '準' => '准',
        '購' => '购',
        '買' => '买',
        '災' => '灾',
        '溫' => '温',
        _ => c,
    }
}

thread_local! {
    /// Whether the text this thread is parsing may hold characters to fold:
    /// true outside [`for_document`] (phrases given to `Metric::parse` are
    /// checked one by one).
    static MAY_FOLD: Cell<bool> = const { Cell::new(true) };
}

/// Runs `parse` on `text` with [`folded`] knowing whether `text` holds any
/// character to fold (one pass over `text`, then none per name).
pub(crate) fn for_document<R>(text: &str, parse: impl FnOnce() -> R) -> R {
    /// Puts the previous state back, also if `parse` unwinds.
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            MAY_FOLD.set(self.0);
        }
    }
    let set: &CharSet = &FOLDS;
    let any = text.chars().any(|c| set.contains(c));
    let _restore = Restore(MAY_FOLD.replace(any));
    parse()
}

/// Runs a grammar on `text` with [`folded`] knowing whether `text` holds any
/// character to fold: inside a document that has some, each grammar entry
/// point checks its own text once, so that the names and clauses of a
/// simplified passage are not checked again one by one. Exact as long as the
/// grammar only folds parts of `text` (or strings built from them).
pub(crate) fn within<R>(text: &str, grammar: impl FnOnce() -> R) -> R {
    if MAY_FOLD.get() {
        for_document(text, grammar)
    } else {
        grammar()
    }
}

/// The characters [`fold`] changes (one bit test, see [`CharSet`]).
static FOLDS: LazyLock<CharSet> = LazyLock::new(|| CharSet::new(|c| fold(c) != c));

/// The folded copy of `s` (same byte length as `s`); borrowed when nothing
/// needs folding, which is the common case of simplified text.
pub(crate) fn folded(s: &str) -> Cow<'_, str> {
    if !MAY_FOLD.get() {
        return Cow::Borrowed(s);
    }
    let set: &CharSet = &FOLDS;
    match s.char_indices().find(|&(_, c)| set.contains(c)) {
        None => Cow::Borrowed(s),
        Some((at, _)) => {
            let mut out = String::with_capacity(s.len());
            out.push_str(s.get(..at).unwrap_or(""));
            out.extend(s.get(at..).unwrap_or("").chars().map(fold));
            Cow::Owned(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_without_traditional_characters_skip_folding() {
        let inner = for_document("区发改局牵头", || folded("牽頭").into_owned());
        assert_eq!(inner, "牽頭", "nothing to fold in the document");
        let inner = for_document("區發改局牽頭", || folded("牽頭").into_owned());
        assert_eq!(inner, "牵头");
        // outside a document every phrase is checked again
        assert_eq!(folded("牽頭"), "牵头");
        // and a nested document restores the state of the outer one
        let (a, b) = for_document("牽頭", || {
            let a = for_document("牵头", || folded("牽頭").into_owned());
            (a, folded("牽頭").into_owned())
        });
        assert_eq!((a.as_str(), b.as_str()), ("牽頭", "牵头"));
        // a grammar entry point narrows the check to its own text, and
        // never widens it beyond the document's
        let (a, b) = for_document("區發改局 区财政局", || {
            let a = within("区财政局", || folded("牽頭").into_owned());
            (a, within("區發改局", || folded("牽頭").into_owned()))
        });
        assert_eq!((a.as_str(), b.as_str()), ("牽頭", "牵头"));
        let inner = for_document("区财政局", || {
            within("區", || folded("牽頭").into_owned())
        });
        assert_eq!(inner, "牽頭");
    }

    #[test]
    fn fold_table_agrees_with_fold() {
        for code in 0..0x11000u32 {
            if let Some(c) = char::from_u32(code) {
                assert_eq!(FOLDS.contains(c), fold(c) != c, "{c}");
                // same UTF-8 length: offsets hold
                assert_eq!(fold(c).len_utf8(), c.len_utf8(), "{c}");
            }
        }
    }

    #[test]
    fn folding_borrows_simplified_text() {
        assert!(matches!(folded("区发改局"), Cow::Borrowed(_)));
        assert_eq!(folded("區發改局"), "区发改局");
        assert_eq!(folded("市牽頭"), "市牵头");
        assert_eq!(folded("地區生產總值增長"), "地区生产总值增长");
        assert_eq!(folded("主要目標"), "主要目标");
        assert_eq!(
            folded("來源：某某日報　責任編輯：某某"),
            "来源：某某日报　责任编辑：某某"
        );
    }
}
