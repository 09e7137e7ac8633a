//! CLDR's plural rules for our languages (CLDR 46, `plurals.xml`), which Fluent's
//! selections use: English has two categories, Welsh six.

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    /// Its name in a Fluent variant key (`[few]`).
    pub fn name(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }

    /// The categories a language uses.
    pub fn of(lang: crate::Lang) -> &'static [Plural] {
        match lang {
            crate::Lang::En => &[Plural::One, Plural::Other],
            crate::Lang::Cy => &[
                Plural::Zero,
                Plural::One,
                Plural::Two,
                Plural::Few,
                Plural::Many,
                Plural::Other,
            ],
        }
    }
}

/// The cardinal plural category of `n` in `lang`.
///
/// English: `one` is `i = 1 and v = 0` (1, not 1.5 or 1.0 written with a decimal: we pass
/// numbers, so a whole 1.0 is 1). Welsh: `zero` n = 0, `one` n = 1, `two` n = 2, `few`
/// n = 3, `many` n = 6, `other` everything else (4, 5, 7, 20, 1.5).
pub fn plural_category(lang: crate::Lang, n: f64) -> Plural {
    let n = n.abs();
    let whole = n.fract() == 0.0;
    match lang {
        crate::Lang::En if whole && n == 1.0 => Plural::One,
        crate::Lang::En => Plural::Other,
        crate::Lang::Cy => match n {
            _ if !whole => Plural::Other,
            0.0 => Plural::Zero,
            1.0 => Plural::One,
            2.0 => Plural::Two,
            3.0 => Plural::Few,
            6.0 => Plural::Many,
            _ => Plural::Other,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    #[test]
    fn welsh_has_six_categories() {
        let of = |n| plural_category(Lang::Cy, n);
        assert_eq!(of(0.0), Plural::Zero);
        assert_eq!(of(1.0), Plural::One);
        assert_eq!(of(2.0), Plural::Two);
        assert_eq!(of(3.0), Plural::Few);
        assert_eq!(of(6.0), Plural::Many);
        for n in [4.0, 5.0, 7.0, 10.0, 20.0, 100.0, 1.5] {
            assert_eq!(of(n), Plural::Other, "{n}");
        }
    }

    #[test]
    fn english_has_two() {
        assert_eq!(plural_category(Lang::En, 1.0), Plural::One);
        for n in [0.0, 2.0, 3.0, 6.0, 20.0, 1.5] {
            assert_eq!(plural_category(Lang::En, n), Plural::Other, "{n}");
        }
    }
}
