//! The documents a person has ticked per service, as kept on the device behind a versioned schema:
//! `v1` then `;service-id:0,2` per service. Anything else is refused, never half-read.

/// The stored format's version; a different one is refused and the checklist starts empty.
pub const SCHEMA: &str = "v1";
/// More than this is not a checklist this app wrote.
const MAX_STORED: usize = 20_000;

#[derive(Clone, PartialEq, Eq, Default, Debug)]
pub struct Checklist {
    /// (service id, ticked document indexes, ascending).
    entries: Vec<(String, Vec<usize>)>,
}

/// Why a stored checklist was not used.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ChecklistError {
    /// Another schema version, or not this app's format.
    Unreadable,
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
            let (id, ticks) = part.split_once(':').ok_or(ChecklistError::Unreadable)?;
            let id_ok = !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !id_ok {
                return Err(ChecklistError::Unreadable);
            }
            let mut indexes = Vec::new();
            for t in ticks.split(',').filter(|t| !t.is_empty()) {
                let i: usize = t.parse().map_err(|_| ChecklistError::Unreadable)?;
                if i > 99 {
                    return Err(ChecklistError::Unreadable);
                }
                indexes.push(i);
            }
            indexes.sort_unstable();
            indexes.dedup();
            if !indexes.is_empty() {
                list.entries.push((id.to_string(), indexes));
            }
        }
        Ok(list)
    }

    pub fn serialize(&self) -> String {
        let mut out = SCHEMA.to_string();
        for (id, ticks) in self.entries.iter().filter(|(_, t)| !t.is_empty()) {
            out.push(';');
            out.push_str(id);
            out.push(':');
            out.push_str(&ticks.iter().map(usize::to_string).collect::<Vec<_>>().join(","));
        }
        out
    }

    pub fn is_ticked(&self, service: &str, document: usize) -> bool {
        self.entries.iter().any(|(id, t)| id == service && t.contains(&document))
    }

    pub fn set(&mut self, service: &str, document: usize, ticked: bool) {
        let at = match self.entries.iter().position(|(id, _)| id == service) {
            Some(at) => at,
            None => {
                self.entries.push((service.to_string(), Vec::new()));
                self.entries.len() - 1
            }
        };
        let ticks = &mut self.entries[at].1;
        ticks.retain(|i| *i != document);
        if ticked {
            ticks.push(document);
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
        c.set("dang-ky-tam-tru", 1, true);
        c.set("dang-ky-tam-tru", 0, true);
        c.set("cap-ho-chieu", 2, true);
        c.set("cap-ho-chieu", 2, false);
        assert_eq!(c.serialize(), "v1;dang-ky-tam-tru:0,1");
        assert_eq!(Checklist::parse(&c.serialize()), Ok(c.clone()));
        assert!(c.is_ticked("dang-ky-tam-tru", 1));
        c.clear("dang-ky-tam-tru");
        assert_eq!(c.serialize(), "v1");
        assert_eq!(Checklist::parse("v1"), Ok(Checklist::default()));
        for bad in ["", "{\"x\":1}", "v2;a:1", "v1;a", "v1;A:1", "v1;a:x", "v1;a:100000000000000000000", "v1;a:500"] {
            assert_eq!(Checklist::parse(bad), Err(ChecklistError::Unreadable), "{bad:?}");
        }
        assert_eq!(Checklist::parse(&format!("v1;a:{}", "1,".repeat(100_000))), Err(ChecklistError::Unreadable));
    }
}
