using AntiTrafficking.GrainInterfaces.Audit;

namespace AntiTrafficking.Grains.Audit;

/// <summary>An entry as stored, numbered and timed, with the hashes linking it to the previous one.</summary>
public sealed record AuditRecord(AuditEntry Entry, byte[] PreviousHash, byte[] Hash)
{
    /// <summary>Its place in the chain, from 1.</summary>
    public long Sequence => Entry.Sequence;

    /// <summary>When it was written.</summary>
    public DateTimeOffset RecordedAt => Entry.RecordedAt;

    /// <summary>The chain's head once this record is the last.</summary>
    public ChainHead Head => new(Sequence, Hash);
}

/// <summary>The last record's number and hash: what the next record links to.</summary>
public readonly record struct ChainHead(long Sequence, byte[] Hash)
{
    /// <summary>The head of an empty chain.</summary>
    public static ChainHead Empty => new(0, AuditChain.Genesis);
}

/// <summary>The result of checking a chain: how many records were read, and the first that does not fit, if any.</summary>
public sealed record AuditVerification(long Records, long? FirstBrokenSequence)
{
    public bool Intact => FirstBrokenSequence is null;
}
