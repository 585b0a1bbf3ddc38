namespace AntiTrafficking.GrainInterfaces;

/// <summary>
/// A command or query could not reach the PostgreSQL database (stopped, restarting, unreachable). Nothing new was
/// acknowledged: retry with the same idempotency key once the database is back.
/// </summary>
[GenerateSerializer, Alias("AntiTrafficking.DatabaseUnavailableException")]
public sealed class DatabaseUnavailableException : OrleansException
{
    /// <summary>The message every caller sees, in Vietnamese and English.</summary>
    public const string Text =
        "Không kết nối được cơ sở dữ liệu PostgreSQL; lệnh chưa được ghi nhận, hãy gửi lại với cùng idempotencyKey. / " +
        "The PostgreSQL database is unreachable; the command was not recorded, retry with the same idempotencyKey.";

    /// <summary>Creates the exception; the cause stays in the silo's log, not in the message.</summary>
    public DatabaseUnavailableException()
        : base(Text)
    {
    }
}
