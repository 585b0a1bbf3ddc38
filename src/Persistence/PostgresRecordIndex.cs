using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Records;
using AntiTrafficking.Grains.Records;
using AntiTrafficking.Hosting;
using Npgsql;
using NpgsqlTypes;

namespace AntiTrafficking.Persistence;

/// <summary>
/// The record index in the table <c>record_index</c> (<c>deploy/sql/0006</c>, access and referrals <c>0009</c>): an upsert that never goes back to an
/// older version, and a filtered page with its total in one round trip. An unreachable database is reported as
/// <see cref="DatabaseUnavailableException"/>, after one retry on a new connection (a restarted server breaks every
/// pooled one).
/// </summary>
public sealed class PostgresRecordIndex : IRecordIndex, IAsyncDisposable
{
    private const string Columns = "record_id, status, district_code, unit_code, agency_code, dated_on, latest_step_on, form, version, due_on, access, referrals";

    /// <summary>How a line's referrals are written in the <c>referrals</c> column: camelCase, statuses as words ("pending").</summary>
    private static readonly JsonSerializerOptions ReferralJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly NpgsqlDataSource _database;
    private readonly string _serviceId;

    public PostgresRecordIndex(string connectionString, string serviceId)
    {
        _database = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 8, Timeout = 3 }.ConnectionString);
        _serviceId = serviceId;
    }

    public Task UpsertAsync(string provinceCode, RecordSummary summary) => RetriedAsync(async () =>
    {
        await using var command = _database.CreateCommand(
            $"""
            INSERT INTO record_index (service_id, province, kind, {Columns})
            VALUES (@service, @province, @kind, @id, @status, @district, @unit, @agency, @dated, @latest, @form, @version, @due, @access, @referrals)
            ON CONFLICT (service_id, province, kind, record_id) DO UPDATE SET
                status = EXCLUDED.status, district_code = EXCLUDED.district_code, unit_code = EXCLUDED.unit_code,
                agency_code = EXCLUDED.agency_code, dated_on = EXCLUDED.dated_on, latest_step_on = EXCLUDED.latest_step_on,
                form = EXCLUDED.form, version = EXCLUDED.version, due_on = EXCLUDED.due_on,
                access = EXCLUDED.access, referrals = EXCLUDED.referrals, written_at = now()
            WHERE record_index.version < EXCLUDED.version
            """);
        command.Parameters.AddWithValue("service", _serviceId);
        command.Parameters.AddWithValue("province", provinceCode);
        command.Parameters.AddWithValue("kind", Kind(summary.Kind));
        command.Parameters.AddWithValue("id", summary.Id);
        command.Parameters.AddWithValue("status", summary.Status);
        command.Parameters.Add(Text("district", summary.DistrictCode));
        command.Parameters.Add(Text("unit", summary.UnitCode));
        command.Parameters.Add(Text("agency", summary.AgencyCode));
        command.Parameters.AddWithValue("dated", summary.DatedOn);
        command.Parameters.AddWithValue("latest", summary.LatestStepOn);
        command.Parameters.Add(Text("form", summary.Form));
        command.Parameters.AddWithValue("version", summary.Version);
        command.Parameters.Add(new NpgsqlParameter("due", NpgsqlDbType.Date) { Value = (object?)summary.DueOn ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("access", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)summary.Access?.ToArray() ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("referrals", NpgsqlDbType.Jsonb)
        {
            Value = summary.Referrals is { Count: > 0 } referrals ? JsonSerializer.Serialize(referrals, ReferralJson) : DBNull.Value,
        });
        await command.ExecuteNonQueryAsync();
        return true;
    });

    public Task<(IReadOnlyList<RecordSummary> Items, int Total)> QueryAsync(string provinceCode, RecordQuery query) => RetriedAsync(async () =>
    {
        var filters = new List<string> { "service_id = @service", "province = @province", "kind = @kind" };
        var parameters = new List<NpgsqlParameter>
        {
            new("service", _serviceId), new("province", provinceCode), new("kind", Kind(query.Kind)),
        };
        void Filter(string column, string name, object? value, string op = "=")
        {
            if (value is not null)
            {
                filters.Add($"{column} {op} @{name}");
                parameters.Add(new NpgsqlParameter(name, value));
            }
        }

        Filter("district_code", "district", query.DistrictCode);
        Filter("status", "status", query.Status);
        Filter("agency_code", "agency", query.AgencyCode);
        Filter("form", "form", query.Form);
        Filter("dated_on", "from", query.From, ">=");
        Filter("dated_on", "to", query.To, "<=");
        Filter("due_on", "dueBy", query.DueBy, "<=");
        if (query.Statuses is { } statuses)
        {
            filters.Add("status = ANY(@statuses)");
            parameters.Add(new NpgsqlParameter("statuses", statuses.ToArray()));
        }

        if (query.AccessibleTo is { } accessible)
        {
            filters.Add("access @> ARRAY[@accessible]::text[]");
            parameters.Add(new NpgsqlParameter("accessible", accessible));
        }

        if (query.ReferredTo is { } to)
        {
            filters.Add("referrals @> @referredTo");
            parameters.Add(new NpgsqlParameter("referredTo", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(new[] { new { toAgency = to, status = "pending" } }) });
        }

        if (query.ReferredBy is { } by)
        {
            filters.Add("referrals @> @referredBy");
            parameters.Add(new NpgsqlParameter("referredBy", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(new[] { new { fromAgency = by } }) });
        }

        var where = string.Join(" AND ", filters);

        await using var connection = await _database.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand($"SELECT count(*) FROM record_index WHERE {where}"),
                new NpgsqlBatchCommand(
                    $"SELECT {Columns} FROM record_index WHERE {where} ORDER BY {(query.DueBy is null ? "dated_on DESC" : "due_on")}, record_id LIMIT @limit OFFSET @offset"),
            },
        };
        foreach (var parameter in parameters)
        {
            batch.BatchCommands[0].Parameters.Add(parameter.Clone());
            batch.BatchCommands[1].Parameters.Add(parameter.Clone());
        }

        batch.BatchCommands[1].Parameters.AddWithValue("limit", query.PageSize);
        batch.BatchCommands[1].Parameters.AddWithValue("offset", (long)(query.Page - 1) * query.PageSize);

        await using var reader = await batch.ExecuteReaderAsync();
        await reader.ReadAsync();
        var total = Convert.ToInt32(reader.GetInt64(0), CultureInfo.InvariantCulture);
        await reader.NextResultAsync();
        var items = new List<RecordSummary>();
        while (await reader.ReadAsync())
        {
            items.Add(new RecordSummary(
                query.Kind,
                reader.GetString(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetFieldValue<DateOnly>(5),
                reader.GetFieldValue<DateOnly>(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.GetInt64(8),
                reader.IsDBNull(9) ? null : reader.GetFieldValue<DateOnly>(9),
                reader.IsDBNull(10) ? null : reader.GetFieldValue<string[]>(10),
                reader.IsDBNull(11) ? null : JsonSerializer.Deserialize<List<Referral>>(reader.GetString(11), ReferralJson)));
        }

        return ((IReadOnlyList<RecordSummary>)items, total);
    });

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private static string Kind(RecordKind kind) => kind switch
    {
        RecordKind.Tip => "tip",
        RecordKind.Case => "case",
        _ => "person",
    };

    private static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlDbType.Varchar) { Value = (object?)value ?? DBNull.Value };

    private async Task<T> RetriedAsync<T>(Func<Task<T>> action)
    {
        try
        {
            try
            {
                return await action();
            }
            catch (NpgsqlException ex) when (ex is not PostgresException)
            {
                _database.Clear();
                return await action();
            }
        }
        catch (Exception ex) when (PostgresProbe.IsUnreachable(ex))
        {
            throw new DatabaseUnavailableException();
        }
    }
}
