//! HyperLogLog commands (PFADD, PFCOUNT, PFMERGE, PFDEBUG, PFSELFTEST) on string values in
//! Redis's HLL layout (`storage::hll`).
//!
//! An HLL is an ordinary string, so every command first checks the bytes look like one
//! (isHLLObjectOrReply) and, where Redis unshares the value (dbUnshareStringValue: PFADD,
//! single-key PFCOUNT, PFMERGE's destination, PFDEBUG), leaves it `raw` as Redis does.
use super::{c_str, flag, is, CmdResult, Command, Ctx, Error, KeyedFn, Keys};
use crate::storage::hll::{self, DENSE, HDR_SIZE, REGISTERS, SPARSE};
use crate::storage::Value;

const NOT_HLL: Error = Error::fixed("WRONGTYPE Key is not a valid HyperLogLog string value.");
const INVALID: Error = Error::fixed("INVALIDOBJ Corrupted HLL object detected");
const NO_KEY: Error = Error::fixed("ERR The specified key does not exist");
const NOT_SPARSE: Error = Error::fixed("ERR HLL encoding is not sparse");

const fn cmd(
    name: &'static str,
    arity: i32,
    flags: u32,
    keys: Keys,
    f: KeyedFn,
    summary: &'static str,
) -> Command {
    Command::keyed("hyperloglog", name, arity, flags, keys, f, "2.8.9", summary)
}

const fn keys(first: i32, last: i32) -> Keys {
    Keys::Range {
        first,
        last,
        step: 1,
    }
}

const W: u32 = flag::WRITE;
const D: u32 = flag::DENYOOM;

/// Arity, flags and key positions as Redis 7.0's src/commands/pf*.json.
#[rustfmt::skip] // one line per command reads as a table
pub static COMMANDS: &[Command] = &[
    cmd("pfadd", -2, W | D | flag::FAST, keys(1, 1), pfadd,
        "Adds the specified elements to the specified HyperLogLog."),
    cmd("pfcount", -2, flag::READONLY | flag::MAY_REPLICATE, keys(1, -1), pfcount,
        "Return the approximated cardinality of the set(s) observed by the HyperLogLog at key(s)."),
    cmd("pfdebug", 3, W | D | flag::ADMIN, keys(2, 2), pfdebug,
        "Internal commands for debugging HyperLogLog values"),
    cmd("pfmerge", -2, W | D, keys(1, -1), pfmerge,
        "Merge N different HyperLogLogs into a single one."),
    cmd("pfselftest", 1, flag::ADMIN, Keys::None, pfselftest,
        "An internal command for testing HyperLogLog values"),
];

/// The HLL bytes of a value, or the error Redis replies for it.
fn hll_ref(v: &Value) -> Result<&[u8], Error> {
    let b: &[u8] = match v {
        Value::Str(b) => b,
        Value::Raw(b) => b,
        // Integers are not sds-encoded in Redis: never an HLL.
        Value::Int(_) => return Err(NOT_HLL),
        _ => return Err(Error::WRONGTYPE),
    };
    if hll::is_valid(b) {
        Ok(b)
    } else {
        Err(NOT_HLL)
    }
}

/// The HLL bytes of a value for modifying in place (checked, then made `raw`).
fn hll_mut(v: &mut Value) -> Result<&mut Vec<u8>, Error> {
    hll_ref(v)?;
    v.make_raw().ok_or(Error::WRONGTYPE)
}

/// Adds elements; returns how many changed a register, or INVALIDOBJ at the first element
/// that meets a corrupt sparse form (earlier changes stay, as in Redis).
fn add_all(buf: &mut Vec<u8>, elements: &[&[u8]]) -> Result<u32, Error> {
    let mut updated = 0;
    for ele in elements {
        match hll::add(buf, ele) {
            1 => updated += 1,
            -1 => return Err(INVALID),
            _ => {}
        }
    }
    Ok(updated)
}

fn pfadd(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let key = args[1];
    let updated = match ctx.ks.write(key) {
        Some(e) => {
            let buf = hll_mut(&mut e.value)?;
            let n = add_all(buf, &args[2..])?;
            if n > 0 {
                hll::invalidate_cache(buf);
            }
            n
        }
        None => {
            // A new HLL can't be corrupt: fill it, then store it.
            let mut buf = hll::new_sparse();
            add_all(&mut buf, &args[2..])?;
            hll::invalidate_cache(&mut buf);
            let now = ctx.ks.now_ms;
            ctx.ks.db().set(key, Value::Raw(buf), now);
            1
        }
    };
    if updated == 0 {
        super::changed_nothing();
    }
    ctx.out.int(i64::from(updated > 0));
    Ok(())
}

fn pfcount(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    if args.len() > 2 {
        // The cardinality of the union, through a temporary of one byte per register.
        let mut max = Box::new([0u8; REGISTERS]);
        for key in &args[1..] {
            let Some(e) = ctx.ks.read(key) else {
                continue;
            };
            if !hll::merge_into(&mut max, hll_ref(&e.value)?) {
                return Err(INVALID);
            }
        }
        ctx.out.int(hll::count_raw(&max) as i64);
        return Ok(());
    }
    let card = match ctx.ks.read(args[1]) {
        None => 0,
        Some(e) => {
            let buf = hll_mut(&mut e.value)?;
            match hll::cached(buf) {
                Some(c) => c,
                None => {
                    let c = hll::count(buf).ok_or(INVALID)?;
                    hll::set_cached(buf, c);
                    super::read_wrote();
                    c
                }
            }
        }
    };
    ctx.out.int(card as i64);
    Ok(())
}

/// Writes the merged registers into the destination HLL (pfmergeCommand's second half).
fn store_merged(buf: &mut Vec<u8>, max: &[u8; REGISTERS], dense: bool) -> CmdResult {
    if dense && !hll::to_dense(buf) {
        return Err(INVALID);
    }
    for (j, &m) in max.iter().enumerate() {
        if m != 0 {
            // Redis ignores a corrupt destination here (it was checked by the merge).
            hll::set_register(buf, j, m);
        }
    }
    hll::invalidate_cache(buf);
    Ok(())
}

fn pfmerge(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let mut max = Box::new([0u8; REGISTERS]);
    let mut dense = false;
    // The destination is a source too.
    for key in &args[1..] {
        let Some(e) = ctx.ks.read(key) else {
            continue;
        };
        let b = hll_ref(&e.value)?;
        dense |= hll::encoding(b) == DENSE;
        if !hll::merge_into(&mut max, b) {
            return Err(INVALID);
        }
    }
    let dest = args[1];
    match ctx.ks.write(dest) {
        Some(e) => {
            let buf = e.value.make_raw().ok_or(Error::WRONGTYPE)?;
            store_merged(buf, &max, dense)?;
        }
        None => {
            let mut buf = hll::new_sparse();
            store_merged(&mut buf, &max, dense)?;
            let now = ctx.ks.now_ms;
            ctx.ks.db().set(dest, Value::Raw(buf), now);
        }
    }
    ctx.out.ok();
    Ok(())
}

fn pfdebug(ctx: &mut Ctx, args: &[&[u8]]) -> CmdResult {
    let sub = c_str(args[1]);
    let Some(e) = ctx.ks.write(args[2]) else {
        return Err(NO_KEY);
    };
    let buf = hll_mut(&mut e.value)?;
    if is(sub, "getreg") {
        if hll::encoding(buf) == SPARSE && !hll::to_dense(buf) {
            return Err(INVALID);
        }
        ctx.out.array(REGISTERS);
        let regs = &buf[HDR_SIZE..];
        for j in 0..REGISTERS {
            ctx.out.int(hll::dense_get(regs, j) as i64);
        }
    } else if is(sub, "decode") {
        if hll::encoding(buf) != SPARSE {
            return Err(NOT_SPARSE);
        }
        ctx.out.bulk(hll::decode(buf).as_bytes());
    } else if is(sub, "encoding") {
        ctx.out.simple(if hll::encoding(buf) == DENSE {
            "dense"
        } else {
            "sparse"
        });
    } else if is(sub, "todense") {
        let conv = hll::encoding(buf) == SPARSE;
        if conv && !hll::to_dense(buf) {
            return Err(INVALID);
        }
        ctx.out.int(i64::from(conv));
    } else {
        return Err(Error::msg(format!(
            "ERR Unknown PFDEBUG subcommand '{}'",
            String::from_utf8_lossy(sub)
        )));
    }
    Ok(())
}

/// PFSELFTEST: register access, then the estimate's error and sparse/dense agreement over
/// 10 million elements, as Redis's self-test.
fn pfselftest(ctx: &mut Ctx, _args: &[&[u8]]) -> CmdResult {
    let mut rng = super::random_u64() | 1;
    let mut rand = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let mut dense = vec![0u8; hll::DENSE_SIZE];
    dense[..4].copy_from_slice(b"HYLL");
    let mut bytes = vec![0u8; REGISTERS];
    for _ in 0..1000 {
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = (rand() & 63) as u8;
            hll::dense_put(&mut dense[HDR_SIZE..], i, *b);
        }
        for (i, &b) in bytes.iter().enumerate() {
            let v = hll::dense_get(&dense[HDR_SIZE..], i);
            if v != b {
                return Err(Error::msg(format!(
                    "TESTFAILED Register {i} should be {b} but is {v}"
                )));
            }
        }
    }

    dense[HDR_SIZE..].fill(0);
    let mut sparse = hll::new_sparse();
    let relerr = 1.04 / (REGISTERS as f64).sqrt();
    let mut checkpoint: u64 = 1;
    let seed = rand();
    let max_sparse = crate::storage::limits::hll_sparse_max_bytes();
    for j in 1..=10_000_000u64 {
        let ele = (j ^ seed).to_le_bytes();
        let (index, count) = hll::pat_len(&ele);
        hll::dense_set(&mut dense[HDR_SIZE..], index, count);
        hll::add(&mut sparse, &ele);
        if j != checkpoint {
            continue;
        }
        if j < max_sparse / 2 && hll::encoding(&sparse) != SPARSE {
            return Err(Error::fixed("TESTFAILED sparse encoding not used"));
        }
        let card = hll::count(&dense).unwrap_or(0);
        if Some(card) != hll::count(&sparse) {
            return Err(Error::fixed("TESTFAILED dense/sparse disagree"));
        }
        let abserr = (checkpoint as i64 - card as i64).unsigned_abs();
        let mut maxerr = (relerr * 6.0 * checkpoint as f64).ceil() as u64;
        if j == 10 {
            maxerr = 1;
        }
        if abserr > maxerr {
            return Err(Error::msg(format!(
                "TESTFAILED Too big error. card:{checkpoint} abserr:{abserr}"
            )));
        }
        checkpoint *= 10;
    }
    ctx.out.ok();
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::commands::testing::TestShard;

    #[test]
    fn pfadd_pfcount_pfmerge() {
        let mut s = TestShard::new();
        assert_eq!(s.run("PFADD h"), ":1\r\n");
        assert_eq!(s.run("PFADD h"), ":0\r\n");
        assert_eq!(s.run("PFADD h a b c"), ":1\r\n");
        assert_eq!(s.run("PFADD h a"), ":0\r\n");
        assert_eq!(s.run("PFCOUNT h"), ":3\r\n");
        assert_eq!(s.run("PFADD g c d"), ":1\r\n");
        assert_eq!(s.run("PFCOUNT h g nokey"), ":4\r\n");
        assert_eq!(s.run("PFMERGE m h g"), "+OK\r\n");
        assert_eq!(s.run("PFCOUNT m"), ":4\r\n");
        assert_eq!(s.run("PFDEBUG encoding m"), "+sparse\r\n");
        assert_eq!(s.run("PFDEBUG todense m"), ":1\r\n");
        assert_eq!(s.run("PFDEBUG encoding m"), "+dense\r\n");
        assert_eq!(s.run("PFCOUNT m"), ":4\r\n");
        assert_eq!(s.run("OBJECT ENCODING m"), "$3\r\nraw\r\n");
    }

    #[test]
    fn errors() {
        let mut s = TestShard::new();
        s.run("SET str hello");
        s.run("SET n 12");
        let not_hll = "-WRONGTYPE Key is not a valid HyperLogLog string value.\r\n";
        assert_eq!(s.run("PFADD str a"), not_hll);
        assert_eq!(s.run("PFCOUNT n"), not_hll);
        assert_eq!(s.run("PFMERGE str"), not_hll);
        assert_eq!(
            s.run("PFDEBUG getreg nokey"),
            "-ERR The specified key does not exist\r\n"
        );
        s.run("PFADD h a");
        assert_eq!(
            s.run("PFDEBUG foo h"),
            "-ERR Unknown PFDEBUG subcommand 'foo'\r\n"
        );
        s.run_args(&[b"SET", b"bad", b"HYLL\x01\0\0\0\0\0\0\0\0\0\0\x80\x7f"]);
        assert_eq!(
            s.run("PFCOUNT bad"),
            "-INVALIDOBJ Corrupted HLL object detected\r\n"
        );
    }
}
