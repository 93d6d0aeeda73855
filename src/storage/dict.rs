//! Placeholder over std HashMap until the incremental-rehash dict lands (same API).
use std::collections::HashMap;
pub struct Dict<V> {
    m: HashMap<Box<[u8]>, V>,
}
impl<V> Default for Dict<V> {
    fn default() -> Self {
        Dict { m: HashMap::new() }
    }
}
impl<V> Dict<V> {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn len(&self) -> usize {
        self.m.len()
    }
    pub fn is_empty(&self) -> bool {
        self.m.is_empty()
    }
    pub fn get(&self, key: &[u8]) -> Option<&V> {
        self.m.get(key)
    }
    pub fn get_mut(&mut self, key: &[u8]) -> Option<&mut V> {
        self.m.get_mut(key)
    }
    pub fn contains_key(&self, key: &[u8]) -> bool {
        self.m.contains_key(key)
    }
    pub fn insert(&mut self, key: &[u8], value: V) -> Option<V> {
        if let Some(v) = self.m.get_mut(key) {
            return Some(std::mem::replace(v, value));
        }
        self.m.insert(key.into(), value)
    }
    pub fn insert_owned(&mut self, key: Box<[u8]>, value: V) -> Option<V> {
        self.m.insert(key, value)
    }
    pub fn remove(&mut self, key: &[u8]) -> Option<V> {
        self.m.remove(key)
    }
    pub fn remove_entry(&mut self, key: &[u8]) -> Option<(Box<[u8]>, V)> {
        self.m.remove_entry(key)
    }
    pub fn get_or_insert_with(&mut self, key: &[u8], make: impl FnOnce() -> V) -> (&mut V, bool) {
        let ins = !self.m.contains_key(key);
        if ins {
            self.m.insert(key.into(), make());
        }
        (self.m.get_mut(key).unwrap(), ins)
    }
    pub fn clear(&mut self) {
        self.m = HashMap::new();
    }
    pub fn scan(&self, cursor: u64, mut f: impl FnMut(&[u8], &V)) -> u64 {
        if cursor == 0 {
            for (k, v) in &self.m {
                f(k, v);
            }
        }
        0
    }
    pub fn random_entry(&self, rand: &mut impl FnMut() -> u64) -> Option<(&[u8], &V)> {
        if self.m.is_empty() {
            return None;
        }
        let i = (rand() % self.m.len() as u64) as usize;
        self.m.iter().nth(i).map(|(k, v)| (&**k, v))
    }
    pub fn sample(&self, count: usize, rand: &mut impl FnMut() -> u64, mut f: impl FnMut(&[u8], &V)) {
        for _ in 0..count.min(self.m.len()) {
            if let Some((k, v)) = self.random_entry(rand) {
                f(k, v);
            }
        }
    }
    pub fn iter(&self) -> impl Iterator<Item = (&[u8], &V)> {
        self.m.iter().map(|(k, v)| (&**k, v))
    }
    pub fn shrink_if_needed(&mut self) {}
    pub fn rehash_steps(&mut self, _budget: usize) -> bool {
        false
    }
}
