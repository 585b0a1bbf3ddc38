namespace AntiTrafficking.GrainInterfaces;

/// <summary>
/// Thrown when a command's or a read's audit entry could not be written: the act is not acknowledged. A command may
/// already be stored; retrying it with the same idempotency key answers "duplicate" and is audited then.
/// </summary>
[GenerateSerializer, Alias("AntiTrafficking.AuditUnavailableException")]
public sealed class AuditUnavailableException : OrleansException
{
    /// <summary>Creates the exception; its cause stays in the silo's log, never in the message.</summary>
    public AuditUnavailableException()
        : base("Không ghi được nhật ký kiểm tra; chưa xác nhận: hãy gửi lại với cùng idempotencyKey. / " +
               "The audit trail could not be written; nothing is acknowledged: retry with the same idempotencyKey.")
    {
    }
}
