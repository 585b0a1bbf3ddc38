using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using AntiTrafficking.GrainInterfaces.Audit;

namespace AntiTrafficking.Grains.Audit;

/// <summary>
/// The hash chain of the audit trail: each record's SHA-256 covers the previous record's hash, its own sequence
/// number, time and every field (role and district when set, a correction's change when it has one), so changing, removing or reordering any stored record breaks every later link.
/// </summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first record.</summary>
    public static byte[] Genesis { get; } = new byte[32];

    /// <summary>The time as stored: PostgreSQL keeps microseconds, so the hash covers no finer a time.</summary>
    public static DateTimeOffset Stamp(DateTimeOffset time) => new(time.UtcTicks - time.UtcTicks % 10, TimeSpan.Zero);

    /// <summary>The record of <paramref name="entry"/> following the chain's <paramref name="head"/>, numbered and timed.</summary>
    public static AuditRecord Next(ChainHead head, DateTimeOffset time, AuditEntry entry)
    {
        var written = entry with { Sequence = head.Sequence + 1, RecordedAt = Stamp(time) };
        return new AuditRecord(written, head.Hash, Hash(written, head.Hash));
    }

    /// <summary>The hash of a record holding <paramref name="entry"/> (with its sequence number and time).</summary>
    public static byte[] Hash(AuditEntry entry, byte[] previousHash)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(previousHash);
        Number(hash, entry.Sequence);
        Number(hash, entry.RecordedAt.UtcTicks);
        Text(hash, entry.ActorUserId);
        Text(hash, entry.ActorAgency);
        Text(hash, entry.Action);
        Text(hash, entry.Target);
        Text(hash, entry.Outcome);
        Text(hash, entry.Code);
        Number(hash, entry.Version);
        Text(hash, entry.IdempotencyKey);
        Text(hash, entry.Source);
        if (entry.ActorRole is not null || entry.ActorDistrict is not null || entry.ChangeField is not null)
        {
            // Rows from before roles were audited have neither, and keep the hash they were written with.
            Text(hash, entry.ActorRole);
            Text(hash, entry.ActorDistrict);
        }

        if (entry.ChangeField is not null)
        {
            // Only corrections carry a change: every other row keeps the hash it was (or would have been) written with.
            Text(hash, entry.ChangeField);
            Text(hash, entry.ChangeBefore);
            Text(hash, entry.ChangeAfter);
        }

        return hash.GetHashAndReset();
    }

    private static void Number(IncrementalHash hash, long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, value);
        hash.AppendData(bytes);
    }

    // Length-prefixed, with -1 for null, so that no two different field lists hash the same bytes.
    private static void Text(IncrementalHash hash, string? value)
    {
        var bytes = value is null ? null : Encoding.UTF8.GetBytes(value);
        Number(hash, bytes?.Length ?? -1);
        hash.AppendData(bytes ?? []);
    }

    /// <summary>Checks records read in sequence order, one at a time, so a long chain need not fit in memory.</summary>
    public sealed class Verifier
    {
        private ChainHead _last = ChainHead.Empty;

        public long Records { get; private set; }

        public long? FirstBroken { get; private set; }

        /// <summary>Checks the next record: numbered after the last, linked to its hash, and hashing to what it holds.</summary>
        public void Check(AuditRecord record)
        {
            Records++;
            if (FirstBroken is not null)
            {
                return;
            }

            var expectedSequence = _last.Sequence + 1;
            var fits = record.Sequence == expectedSequence
                && record.PreviousHash.AsSpan().SequenceEqual(_last.Hash)
                && record.Hash.AsSpan().SequenceEqual(Hash(record.Entry, record.PreviousHash));
            if (!fits)
            {
                FirstBroken = expectedSequence;
            }

            _last = record.Head;
        }

        public AuditVerification Result => new(Records, FirstBroken);
    }
}
