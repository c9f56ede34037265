//! The documents a person has ticked per service, as kept on the device behind a versioned schema:
//! `v2` then `;service-id:document-id,document-id` per service. Ticks are keyed by the documents'
//! stable ids, so adding, removing or reordering documents in the catalog never moves a saved tick
//! onto another document. Anything else (including `v1`, which was keyed by position) is refused,
//! never half-read: the page starts an empty list and says so.

/// The stored format's version; a different one is refused and the checklist starts empty.
pub const SCHEMA: &str = "v2";
/// More than this is not a checklist this app wrote.
const MAX_STORED: usize = 20_000;
/// The longest service or document id this app writes.
const MAX_ID: usize = 60;
/// More ticks for one service than any service has documents.
const MAX_TICKS: usize = 50;

#[derive(Clone, PartialEq, Eq, Default, Debug)]
pub struct Checklist {
    /// (service id, ticked document ids, sorted).
    entries: Vec<(String, Vec<String>)>,
}

/// Why a stored checklist was not used.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ChecklistError {
    /// Another schema version, or not this app's format.
    Unreadable,
}

fn is_id(text: &str) -> bool {
    !text.is_empty() && text.len() <= MAX_ID && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl Checklist {
    pub fn parse(stored: &str) -> Result<Checklist, ChecklistError> {
        if stored.len() > MAX_STORED {
            return Err(ChecklistError::Unreadable);
        }
        let mut parts = stored.split(';');
        if parts.next() != Some(SCHEMA) {
            return Err(ChecklistError::Unreadable);
        }
        let mut list = Checklist::default();
        for part in parts.filter(|p| !p.is_empty()) {
            let (service, ticks) = part.split_once(':').ok_or(ChecklistError::Unreadable)?;
            if !is_id(service) || list.entries.iter().any(|(s, _)| s == service) {
                return Err(ChecklistError::Unreadable);
            }
            let mut documents: Vec<String> = Vec::new();
            for document in ticks.split(',').filter(|t| !t.is_empty()) {
                if !is_id(document) || documents.len() >= MAX_TICKS {
                    return Err(ChecklistError::Unreadable);
                }
                documents.push(document.to_string());
            }
            documents.sort_unstable();
            documents.dedup();
            if !documents.is_empty() {
                list.entries.push((service.to_string(), documents));
            }
        }
        Ok(list)
    }

    pub fn serialize(&self) -> String {
        let mut out = SCHEMA.to_string();
        for (service, ticks) in self.entries.iter().filter(|(_, t)| !t.is_empty()) {
            out.push(';');
            out.push_str(service);
            out.push(':');
            out.push_str(&ticks.join(","));
        }
        out
    }

    pub fn is_ticked(&self, service: &str, document: &str) -> bool {
        self.entries.iter().any(|(id, t)| id == service && t.iter().any(|d| d == document))
    }

    pub fn set(&mut self, service: &str, document: &str, ticked: bool) {
        let at = match self.entries.iter().position(|(id, _)| id == service) {
            Some(at) => at,
            None => {
                self.entries.push((service.to_string(), Vec::new()));
                self.entries.len() - 1
            }
        };
        let ticks = &mut self.entries[at].1;
        ticks.retain(|d| d != document);
        if ticked {
            ticks.push(document.to_string());
            ticks.sort_unstable();
        }
        self.entries.retain(|(_, t)| !t.is_empty());
    }

    /// "Clear all" for one service.
    pub fn clear(&mut self, service: &str) {
        self.entries.retain(|(id, _)| id != service);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_what_it_did_not_write() {
        let mut c = Checklist::default();
        c.set("dang-ky-tam-tru", "to-khai-ct01", true);
        c.set("dang-ky-tam-tru", "giay-to-cho-o-hop-phap", true);
        c.set("cap-ho-chieu", "anh-4x6", true);
        c.set("cap-ho-chieu", "anh-4x6", false);
        assert_eq!(c.serialize(), "v2;dang-ky-tam-tru:giay-to-cho-o-hop-phap,to-khai-ct01");
        assert_eq!(Checklist::parse(&c.serialize()), Ok(c.clone()));
        assert!(c.is_ticked("dang-ky-tam-tru", "to-khai-ct01"));
        assert!(!c.is_ticked("cap-ho-chieu", "anh-4x6"));
        c.clear("dang-ky-tam-tru");
        assert_eq!(c.serialize(), "v2");
        assert_eq!(Checklist::parse("v2"), Ok(Checklist::default()));
        for bad in ["", "{\"x\":1}", "v3;a:b", "v2;a", "v2;A:b", "v2;a:B", "v2;a:b c", "v2;a:x;a:y", "v2;ữ:a"] {
            assert_eq!(Checklist::parse(bad), Err(ChecklistError::Unreadable), "{bad:?}");
        }
        assert_eq!(Checklist::parse(&format!("v2;a:{}", "b,".repeat(100_000))), Err(ChecklistError::Unreadable), "too long to be ours");
        let ticks: Vec<String> = (0..=MAX_TICKS).map(|i| format!("d{i}")).collect();
        assert_eq!(Checklist::parse(&format!("v2;a:{}", ticks.join(","))), Err(ChecklistError::Unreadable), "more ticks than any service has documents");
        assert!(Checklist::parse(&format!("v2;a:{}", ticks[..MAX_TICKS].join(","))).is_ok());
    }

    /// `v1` kept ticks by document position: read now, a tick would land on whatever document
    /// has moved into that place. It is refused, so the page resets the list and says so.
    #[test]
    fn a_v1_checklist_keyed_by_position_is_refused_not_misread() {
        for old in ["v1", "v1;dang-ky-tam-tru:0,1", "v1;cap-ho-chieu:2"] {
            assert_eq!(Checklist::parse(old), Err(ChecklistError::Unreadable), "{old}");
        }
    }
}
