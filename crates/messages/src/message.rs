//! A message as data: which message, with which values. The worker sends these, so the
//! words are chosen where the learner's language is known.

/// A value given to a message. In JSON, the value itself: a number, a string, or a message
/// (an object); read by hand ([`Arg`]'s `Deserialize`), as serde's `untagged` would read
/// it, without the buffering `untagged` needs (about 8 KB of the page's download).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(untagged))]
pub enum Arg {
    /// A number: shown as written (no grouping), and chooses plural variants.
    Number(f64),
    /// Text shown as it is (code, a name the learner chose).
    Text(String),
    /// Another message, rendered in the same language first (a phrase inside a sentence).
    Message(Box<Message>),
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Arg {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Arg, D::Error> {
        struct ArgVisitor;

        impl<'de> serde::de::Visitor<'de> for ArgVisitor {
            type Value = Arg;

            fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
                formatter.write_str("a number, a string or a message")
            }
            fn visit_f64<E>(self, number: f64) -> Result<Arg, E> {
                Ok(Arg::Number(number))
            }
            fn visit_i64<E>(self, number: i64) -> Result<Arg, E> {
                Ok(Arg::Number(number as f64))
            }
            fn visit_u64<E>(self, number: u64) -> Result<Arg, E> {
                Ok(Arg::Number(number as f64))
            }
            fn visit_str<E>(self, text: &str) -> Result<Arg, E> {
                Ok(Arg::Text(text.to_owned()))
            }
            fn visit_string<E>(self, text: String) -> Result<Arg, E> {
                Ok(Arg::Text(text))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Arg, A::Error> {
                let message = serde::Deserialize::deserialize(
                    serde::de::value::MapAccessDeserializer::new(map),
                )?;
                Ok(Arg::Message(Box::new(message)))
            }
        }

        deserializer.deserialize_any(ArgVisitor)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Arg {
        Arg::Message(Box::new(message))
    }
}

macro_rules! number_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_from!(i32, i64, u32, u64, usize, f64);

/// A message by id, with its values by name.
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Message {
    pub id: String,
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub args: Vec<(String, Arg)>,
}

impl Message {
    /// A message with no values.
    pub fn new(id: impl Into<String>) -> Message {
        Message {
            id: id.into(),
            args: Vec::new(),
        }
    }

    /// Adds a value.
    pub fn with(mut self, name: impl Into<String>, value: impl Into<Arg>) -> Message {
        self.args.push((name.into(), value.into()));
        self
    }

    /// The value named `name`.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args
            .iter()
            .find(|(named, _)| named == name)
            .map(|(_, value)| value)
    }
}
