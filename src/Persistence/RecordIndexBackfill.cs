using AntiTrafficking.GrainInterfaces.Records;
using AntiTrafficking.Grains.Enforcement;
using AntiTrafficking.Grains.Records;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Grains.Victims;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace AntiTrafficking.Persistence;

/// <summary>
/// Fills the record index with the tips, cases and persons stored before it existed, once per service: at silo start,
/// under an advisory lock (several silos may start together), it reads every stored tip, case and person row and
/// writes its line unless a newer one is there, then records that it is done (<c>record_index_backfill</c>). A silo
/// stopped half-way does it again at its next start; the lines it already wrote are unchanged.
/// </summary>
public static class RecordIndexBackfill
{
    private const int ProgressEvery = 10_000;

    /// <summary>Runs the fill unless it was done for <paramref name="serviceId"/>; returns the number of lines written.</summary>
    public static async Task<long> RunAsync(string connectionString, string serviceId, ReferenceData reference, ILogger logger, CancellationToken cancellationToken = default)
    {
        await using var database = NpgsqlDataSource.Create(connectionString);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended('record_index_backfill:' || @service, 0))", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("service", serviceId);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var done = new NpgsqlCommand("SELECT 1 FROM record_index_backfill WHERE service_id = @service", connection, transaction))
        {
            done.Parameters.AddWithValue("service", serviceId);
            if (await done.ExecuteScalarAsync(cancellationToken) is not null)
            {
                return 0;
            }
        }

        var serializer = new JsonGrainStorageSerializer();
        await using var index = new PostgresRecordIndex(connectionString, serviceId);
        long written = 0;
        await using (var rows = new NpgsqlCommand(
            "SELECT grain_type_string, grain_id_extension_string, payload_binary FROM orleans_storage " +
            "WHERE service_id = @service AND grain_type_string IN ('tip', 'case', 'person') AND payload_binary IS NOT NULL",
            connection, transaction))
        {
            rows.Parameters.AddWithValue("service", serviceId);
            await using var reader = await rows.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (Line(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), BinaryData.FromBytes(reader.GetFieldValue<byte[]>(2)), serializer, reference)
                    is not ({ } province, { } line))
                {
                    continue;
                }

                await index.UpsertAsync(province, line);
                if (++written % ProgressEvery == 0)
                {
                    logger.LogInformation("Record index: {Lines} stored records listed so far", written);
                }
            }
        }

        await using (var mark = new NpgsqlCommand("INSERT INTO record_index_backfill (service_id, lines) VALUES (@service, @lines)", connection, transaction))
        {
            mark.Parameters.AddWithValue("service", serviceId);
            mark.Parameters.AddWithValue("lines", written);
            await mark.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Record index: {Lines} tips, cases and persons stored before it existed are now listed", written);
        return written;
    }

    /// <summary>The line of a stored row, or null for a row of no known province or a record not yet created.</summary>
    private static (string Province, RecordSummary Line)? Line(string stateName, string? key, BinaryData payload, JsonGrainStorageSerializer serializer, ReferenceData reference)
    {
        if (key is null || key.IndexOf(':') is not (> 0 and var colon) || !reference.Provinces.ContainsKey(key[..colon]))
        {
            return null;
        }

        var (province, id) = (key[..colon], key[(colon + 1)..]);
        RecordSummary? line = stateName switch
        {
            "tip" when serializer.Deserialize<TipState>(payload) is { UnitCode: not null } tip => RecordSummaries.Tip(id, tip, reference, province),
            "case" when serializer.Deserialize<CaseState>(payload) is { UnitCode: not null } @case => RecordSummaries.Case(id, @case, reference, province),
            "person" when serializer.Deserialize<PersonState>(payload) is { Received: true } person => RecordSummaries.Person(id, person, reference, province),
            _ => null,
        };
        return line is null ? null : (province, line);
    }
}
