using AntiTrafficking.Persistence;
using Microsoft.Extensions.Logging.Abstractions;

namespace AntiTrafficking.Silo;

/// <summary>
/// <c>AntiTrafficking.Silo audit-verify</c>: re-reads the whole audit trail of the configured ServiceId, recomputes
/// every hash and says whether the chain is intact (exit code 0) or where it first breaks (exit code 2).
/// </summary>
public static class AuditVerifyCommand
{
    public const string Verb = "audit-verify";

    public static async Task<int> RunAsync(IConfiguration config, TextWriter output)
    {
        var connectionString = config.GetConnectionString("Postgres")
            ?? throw new InvalidOperationException("Thiếu ConnectionStrings:Postgres / ConnectionStrings:Postgres is missing.");
        var serviceId = config["Orleans:ServiceId"] ?? "anti-trafficking";
        await using var trail = new PostgresAuditTrail(connectionString, serviceId, TimeProvider.System, NullLogger<PostgresAuditTrail>.Instance);
        var result = await trail.VerifyAsync();
        await output.WriteLineAsync(result.Intact
            ? $"Nhật ký kiểm tra nguyên vẹn / audit trail intact: {result.Records} records (service {serviceId})."
            : $"Nhật ký kiểm tra bị sửa từ bản ghi {result.FirstBrokenSequence} / audit trail broken at record {result.FirstBrokenSequence} of {result.Records} (service {serviceId}).");
        return result.Intact ? 0 : 2;
    }
}
