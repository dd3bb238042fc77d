//! What importing a dictionary would do to a project, worked out before anything changes: each
//! entry added as a new actor or merged into the actor it names (same name, alias or country
//! code = same actor), the states its codes act for found by code or created from the country
//! table, and every line that cannot be used reported. The plan becomes ONE edit.

use std::collections::HashMap;

use indexmap::IndexMap;

use super::countries::{self, Country};
use super::{Entry, Parsed, Party, Period, Problem};
use crate::edit::{Edit, Op, Record};
use crate::model::{Actor, ActorId, ActorKind, Affiliation, Colour, Project, language};

/// What happened to one dictionary entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Added,
    /// Merged into the actor of this name (already in the project or earlier in the file).
    Merged(String),
}

/// One entry's fate, by the line it starts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accounted {
    pub line: usize,
    pub name: String,
    pub outcome: Outcome,
}

/// The preview of an import, and the edit that carries it out.
#[derive(Clone, Debug, Default)]
pub struct Plan {
    pub entries: Vec<Accounted>,
    /// States created from the built-in country table because a code acts for them.
    pub states_created: Vec<String>,
    /// Lines (or parts of lines) that could not be used, in line order.
    pub problems: Vec<Problem>,
    /// The new and changed actors, sides before those who act for them.
    actors: Vec<Actor>,
}

impl Plan {
    pub fn added(&self) -> usize {
        self.entries.iter().filter(|e| e.outcome == Outcome::Added).count()
    }

    pub fn merged(&self) -> usize {
        self.entries.len() - self.added()
    }

    /// One line for the analyst: "412 actors added, 31 merged into existing ones, 2 states
    /// created from the country table, 3 lines reported".
    pub fn summary(&self) -> String {
        format!(
            "{} actor(s) added, {} merged into existing ones, {} state(s) created from the country table, {} line(s) \
             reported",
            self.added(),
            self.merged(),
            self.states_created.len(),
            self.problems.len()
        )
    }

    /// The import as one undoable edit; `None` when it would change nothing.
    /// Whether the plan adds or changes any actor (else `edit` has nothing to do).
    pub fn has_actors(&self) -> bool {
        !self.actors.is_empty()
    }

    pub fn edit(&self, file_name: &str) -> Option<Edit> {
        if !self.has_actors() {
            return None;
        }
        let ops = self.actors.iter().cloned().map(|a| Op::Put(Record::Actor(a))).collect();
        Some(Edit::new(format!("import actors from {file_name}"), ops))
    }
}

/// The preview, a line per entry and per problem, in line order: "line 12: James Byrnes —
/// added", "line 40: Ban Ki-Moon — merged into Ban Ki-moon", "line 41: the date ... (not read)".
pub fn preview(plan: &Plan) -> Vec<String> {
    let mut lines: Vec<(usize, String)> = plan
        .entries
        .iter()
        .map(|e| {
            let what = match &e.outcome {
                Outcome::Added => "added".to_owned(),
                Outcome::Merged(into) => format!("merged into {into}"),
            };
            (e.line, format!("line {}: {} — {what}", e.line, e.name))
        })
        .chain(plan.problems.iter().map(|p| (p.line, format!("line {}: {} (not imported)", p.line, p.why))))
        .collect();
    lines.sort_by_key(|(line, _)| *line);
    lines.into_iter().map(|(_, text)| text).collect()
}

/// Plans importing `parsed` into `project`.
pub fn plan(project: &Project, parsed: Parsed) -> Plan {
    let mut work = Work::new(project);
    let mut plan = Plan { problems: parsed.problems, ..Plan::default() };
    // Names first, sides second: a table may name a side that a later row adds.
    let mut placed: Vec<(ActorId, Entry)> = Vec::with_capacity(parsed.entries.len());
    for entry in parsed.entries {
        let (id, outcome) = work.place(&entry);
        plan.entries.push(Accounted { line: entry.line, name: entry.name.clone(), outcome });
        placed.push((id, entry));
    }
    for (id, entry) in placed {
        for period in &entry.periods {
            match work.side(&period.acts_for) {
                Ok(side) => work.add_period(id, side, period, entry.line, &mut plan.problems),
                Err(why) => plan.problems.push(Problem { line: entry.line, why }),
            }
        }
    }
    plan.states_created = work.created_states.clone();
    plan.actors = work.in_order();
    plan.problems.sort_by_key(|p| p.line);
    plan
}

/// The project's actors as the import changes them.
struct Work<'p> {
    project: &'p Project,
    /// New actors and changed copies of existing ones, by id.
    changed: IndexMap<ActorId, Actor>,
    /// Names and aliases (their [`crate::model::Matching::key`]) to actors; names win over aliases.
    by_name: HashMap<String, ActorId>,
    by_code: HashMap<String, ActorId>,
    created_states: Vec<String>,
    next_colour: usize,
}

impl<'p> Work<'p> {
    fn new(project: &'p Project) -> Self {
        let key = |name: &str| project.matching.key(name);
        let mut by_name = HashMap::new();
        let mut by_code = HashMap::new();
        for a in project.actors.iter() {
            by_name.insert(key(&a.name), a.id);
            if let Some(code) = &a.code {
                by_code.insert(code.clone(), a.id);
            }
        }
        for a in project.actors.iter() {
            for alias in &a.aliases {
                by_name.entry(key(alias)).or_insert(a.id);
            }
        }
        let next_colour = project.actors.len();
        Self { project, changed: IndexMap::new(), by_name, by_code, created_states: Vec::new(), next_colour }
    }

    fn key(&self, name: &str) -> String {
        self.project.matching.key(name)
    }

    fn actor(&mut self, id: ActorId) -> &mut Actor {
        let project = self.project;
        self.changed.entry(id).or_insert_with(|| project.actors.get(id).cloned().expect("an indexed actor exists"))
    }

    /// The actor as this plan has it so far: changed, or as the project has it.
    fn current(&self, id: ActorId) -> Option<&Actor> {
        self.changed.get(&id).or_else(|| self.project.actors.get(id))
    }

    fn name_of(&self, id: ActorId) -> String {
        self.current(id).map_or_else(String::new, |a| a.name.clone())
    }

    /// The actor an entry names, or a new one.
    fn place(&mut self, entry: &Entry) -> (ActorId, Outcome) {
        let found = entry
            .code
            .as_ref()
            .and_then(|c| self.by_code.get(c))
            .or_else(|| std::iter::once(&entry.name).chain(&entry.aliases).find_map(|n| self.by_name.get(&self.key(n))))
            .copied()
            .filter(|&id| self.codes_agree(id, entry.code.as_deref()) && self.kinds_agree(id, entry.kind));
        match found {
            Some(id) => {
                let into = self.name_of(id);
                self.merge_names(id, entry);
                (id, Outcome::Merged(into))
            }
            None => {
                let mut actor = Actor::new(entry.name.clone(), entry.kind.unwrap_or(ActorKind::Person), self.colour());
                actor.qid = entry.qid.clone();
                let id = actor.id;
                self.changed.insert(id, actor);
                self.by_name.insert(self.key(&entry.name), id);
                self.merge_names(id, entry);
                (id, Outcome::Added)
            }
        }
    }

    /// Whether the actor may take this code: two different codes are two different actors.
    fn codes_agree(&self, id: ActorId, code: Option<&str>) -> bool {
        let have = self.current(id).and_then(|a| a.code.as_deref());
        matches!((have, code), (None, _) | (_, None)) || have == code
    }

    /// Whether an entry of this kind may be the actor: a state is never a person or body that
    /// shares one of its names (Phoenix lists "Berlin" for Germany and for cities).
    fn kinds_agree(&self, id: ActorId, kind: Option<ActorKind>) -> bool {
        let have = self.current(id).map(|a| a.kind);
        match (have, kind) {
            (Some(have), Some(kind)) => (have == ActorKind::State) == (kind == ActorKind::State),
            _ => true,
        }
    }

    fn colour(&mut self) -> Colour {
        self.next_colour += 1;
        Colour::palette(self.next_colour - 1)
    }

    /// The entry's name and aliases as aliases of the actor, its code and Wikidata item where the
    /// actor has none; the language of each alias as the file tags it, else as its script
    /// tells (a language the actor already gives an alias is kept).
    fn merge_names(&mut self, id: ActorId, entry: &Entry) {
        let free_code = entry.code.clone().filter(|c| !self.by_code.contains_key(c));
        let matching = self.project.matching;
        let actor = self.actor(id);
        let mut new_names = Vec::new();
        for name in std::iter::once(&entry.name).chain(&entry.aliases) {
            if *name == actor.name {
                continue;
            }
            if !actor.aliases.contains(name) {
                actor.aliases.push(name.clone());
                new_names.push(matching.key(name));
            }
            let tagged = entry.alias_languages.get(name).cloned();
            if let Some(tag) = tagged.or_else(|| language::guess(name).map(str::to_owned)) {
                actor.alias_languages.entry(name.clone()).or_insert(tag);
            }
        }
        if actor.code.is_none()
            && let Some(code) = free_code
        {
            actor.code = Some(code.clone());
            self.by_code.insert(code, id);
        }
        let actor = self.actor(id);
        if actor.qid.is_none() {
            actor.qid = entry.qid.clone();
        }
        for name in new_names {
            self.by_name.entry(name).or_insert(id);
        }
    }

    /// The actor a period acts for: a state by its code (created from the country table when
    /// the project has none), or an actor by name, alias or code.
    fn side(&mut self, party: &Party) -> Result<Option<ActorId>, String> {
        match party {
            Party::Nobody => Ok(None),
            Party::State(code) => {
                let country = countries::by_code(code).ok_or_else(|| format!("{code} is no CAMEO country code"))?;
                Ok(Some(self.state(country)))
            }
            Party::Named(name) => {
                if let Some(&id) = self.by_name.get(&self.key(name)).or_else(|| self.by_code.get(name.trim())) {
                    return Ok(Some(id));
                }
                let (code_state, _) = countries::split_code(name.trim());
                match countries::by_name(name, self.project.matching).or(code_state) {
                    Some(country) => Ok(Some(self.state(country))),
                    None => Err(format!(
                        "acts for \"{name}\", which is no actor of the project or the file, no country and no CAMEO code; \
                         the period was left out"
                    )),
                }
            }
        }
    }

    /// The state with this country's code: by code, else by its name or an alias (and then
    /// given the code), else created.
    fn state(&mut self, country: &Country) -> ActorId {
        if let Some(&id) = self.by_code.get(country.code) {
            return id;
        }
        let named = std::iter::once(&country.name)
            .chain(&country.aliases)
            .find_map(|n| self.by_name.get(&self.key(n)).copied())
            .filter(|&id| self.codes_agree(id, Some(country.code)) && self.kinds_agree(id, Some(ActorKind::State)));
        let id = match named {
            Some(id) => id,
            None => {
                let mut actor = Actor::new(country.name, ActorKind::State, self.colour());
                actor.aliases = country.aliases.iter().map(|a| a.to_string()).collect();
                self.created_states.push(country.name.to_owned());
                let id = actor.id;
                self.changed.insert(id, actor);
                self.by_name.insert(self.key(country.name), id);
                id
            }
        };
        self.actor(id).code = Some(country.code.to_owned());
        self.by_code.insert(country.code.to_owned(), id);
        id
    }

    /// Adds a period unless the actor already has it; one that would make the actor act for
    /// itself or for two sides on one day is reported instead.
    fn add_period(
        &mut self,
        id: ActorId,
        side: Option<ActorId>,
        period: &Period,
        line: usize,
        problems: &mut Vec<Problem>,
    ) {
        let mut new = Affiliation { acts_for: side, role: period.role.clone(), from: period.from, to: period.to };
        let side_name = side.map(|s| self.name_of(s));
        let actor = self.actor(id);
        if actor.affiliations.contains(&new) {
            return;
        }
        // Dictionaries write a change of side as one day that ends one period and starts the
        // next ("[DDR 491007-901003] [DEU >19901003]"): the day stays with the earlier side.
        for other in actor.affiliations.iter().filter(|o| o.acts_for.is_some() && side.is_some() && o.acts_for != side)
        {
            if other.to.is_some() && other.to == new.from {
                new.from = new.from.and_then(|d| d.tomorrow().ok());
            } else if other.from.is_some() && other.from == new.to {
                new.to = new.to.and_then(|d| d.yesterday().ok());
            }
        }
        if let (Some(from), Some(to)) = (new.from, new.to)
            && from > to
        {
            return;
        }
        let why = if side == Some(id) {
            Some(format!("{} cannot act for itself; the period {} was left out", actor.name, new.span_label()))
        } else {
            actor.affiliations.iter().find(|o| o.clashes_with(&new)).map(|o| {
                format!(
                    "{} would act for {} ({}) while acting for another side ({}); the period was left out",
                    actor.name,
                    side_name.unwrap_or_default(),
                    new.span_label(),
                    o.span_label()
                )
            })
        };
        match why {
            Some(why) => problems.push(Problem { line, why }),
            None => actor.affiliations.push(new),
        }
    }

    /// The changed actors in an order the edit can put them in: every side before those who act
    /// for it (a cycle, which validation then refuses with its reason, keeps file order).
    fn in_order(mut self) -> Vec<Actor> {
        let mut out = Vec::with_capacity(self.changed.len());
        while !self.changed.is_empty() {
            let before = self.changed.len();
            let waiting: std::collections::HashSet<ActorId> = self.changed.keys().copied().collect();
            let ready = |a: &Actor| {
                a.affiliations.iter().filter_map(|x| x.acts_for).all(|s| s == a.id || !waiting.contains(&s))
            };
            let (now, later): (Vec<Actor>, Vec<Actor>) = self.changed.drain(..).map(|(_, a)| a).partition(|a| ready(a));
            self.changed = later.into_iter().map(|a| (a.id, a)).collect();
            if now.is_empty() && self.changed.len() == before {
                out.extend(self.changed.drain(..).map(|(_, a)| a));
            }
            out.extend(now);
        }
        out
    }
}
