using System.Threading.Channels;
using System.Text;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Audit;
using AntiTrafficking.Grains.Audit;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace AntiTrafficking.Persistence;

/// <summary>
/// The audit trail in the table <c>audit_log</c> (deploy/sql/0004). Entries queue in the silo and are written by one
/// loop in batches, one transaction each (group commit): many concurrent commands share a round trip, and each waits
/// until its batch is committed. Each batch holds a transaction-scoped advisory lock per ServiceId while it reads the
/// chain's head and links its rows to it, so silos writing at once still form a single chain.
/// </summary>
public sealed class PostgresAuditTrail : IAuditTrail, IAsyncDisposable
{
    private const int MaxBatch = 500;

    private const string Columns =
        "seq, recorded_at, actor_user, actor_agency, action, target, outcome, code, version, idempotency_key, source, prev_hash, hash, actor_role, actor_district";

    private readonly NpgsqlDataSource _database;
    private readonly string _serviceId;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    /// <summary>Starts the writing loop on the database named by <paramref name="connectionString"/>.</summary>
    public PostgresAuditTrail(string connectionString, string serviceId, TimeProvider time, ILogger<PostgresAuditTrail> logger)
    {
        // The loop needs one connection at a time, verification may need another; an unreachable database fails a batch in seconds.
        _database = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 4, Timeout = 3 }.ConnectionString);
        _serviceId = serviceId;
        _time = time;
        _logger = logger;
        _writer = Task.Run(WriteLoopAsync);
    }

    public Task AppendAsync(AuditEntry entry)
    {
        var pending = new Pending(entry, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return _queue.Writer.TryWrite(pending) ? pending.Written.Task : Task.FromException(new AuditUnavailableException());
    }

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var verifier = new AuditChain.Verifier();
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"SELECT {Columns} FROM audit_log WHERE service_id = @service ORDER BY seq", connection);
        command.Parameters.AddWithValue("service", _serviceId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            verifier.Check(Read(reader));
        }

        return verifier.Result;
    }

    public async Task<AuditSlice> QueryAsync(AuditQuery query, long skip, int take, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var count = Filtered(query, "count(*)", connection);
        var total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        var records = new List<AuditRecord>(Math.Min(take, 1000));
        if (total > skip)
        {
            await using var select = Filtered(query, Columns, connection);
            select.CommandText += " ORDER BY seq DESC OFFSET @skip LIMIT @take";
            select.Parameters.AddWithValue("skip", skip);
            select.Parameters.AddWithValue("take", take);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                records.Add(Read(reader));
            }
        }

        return new AuditSlice(records, total);
    }

    // Only the filters the query sets become conditions, each a parameter: the planner sees a plain query per shape.
    private NpgsqlCommand Filtered(AuditQuery query, string what, NpgsqlConnection connection)
    {
        var command = new NpgsqlCommand { Connection = connection };
        var sql = new StringBuilder($"SELECT {what} FROM audit_log WHERE service_id = @service");
        command.Parameters.AddWithValue("service", _serviceId);
        void Condition(string condition, string name, object? value)
        {
            if (value is null or "")
            {
                return;
            }

            sql.Append(" AND ").Append(condition);
            command.Parameters.AddWithValue(name, value);
        }

        Condition("recorded_at >= @from", "from", query.From?.UtcDateTime);
        Condition("recorded_at < @to", "to", query.To?.UtcDateTime);
        Condition("actor_user = @actor", "actor", query.Actor);
        Condition("actor_agency = @agency", "agency", query.Agency);
        Condition("action = @action", "action", query.Action);
        Condition("outcome = @outcome", "outcome", query.Outcome);
        Condition("starts_with(target, @target)", "target", query.Target);
        command.CommandText = sql.ToString();
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
        await _database.DisposeAsync();
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            try
            {
                await WriteWithOneRetryAsync(batch);
                batch.ForEach(p => p.Written.TrySetResult());
            }
            catch (Exception ex) when (batch.Count > 1 && !IsUnreachable(ex))
            {
                // One entry the database refuses must not fail the others that share its batch: each is written alone.
                _logger.LogWarning(ex, "Audit trail: a batch of {Count} entries was refused; writing them one by one", batch.Count);
                foreach (var pending in batch)
                {
                    await WriteAloneAsync(pending);
                }
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Audit trail: a batch of {Count} entries could not be written", batch.Count);
                batch.ForEach(p => p.Written.TrySetException(new AuditUnavailableException()));
            }

            batch.Clear();
        }
    }

    private async Task WriteAloneAsync(Pending pending)
    {
        try
        {
            await WriteWithOneRetryAsync([pending]);
            pending.Written.TrySetResult();
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Audit trail: an entry for {Action} on a target of {Length} characters could not be written",
                pending.Entry.Action, pending.Entry.Target.Length);
            pending.Written.TrySetException(new AuditUnavailableException());
        }
    }

    /// <summary>The database could not be reached (as opposed to refusing what was sent).</summary>
    private static bool IsUnreachable(Exception ex) => ex is NpgsqlException and not PostgresException || ex is TimeoutException;

    // After a database restart every pooled connection is broken and the first use of each fails: the pool is
    // emptied and the batch tried once more on a new connection. (If a commit's answer was lost, the retry may store
    // the batch twice: an entry is never lost, at worst repeated.)
    private async Task WriteWithOneRetryAsync(List<Pending> batch)
    {
        try
        {
            await WriteAsync(batch);
        }
        catch (NpgsqlException ex) when (ex is not PostgresException)
        {
            _logger.LogWarning(ex, "Audit trail: writing a batch failed on a pooled connection; retrying once on a new one");
            _database.Clear();
            await WriteAsync(batch);
        }
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        await using var connection = await _database.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended('audit_log:' || @service, 0))", connection, transaction))
        {
            take.Parameters.AddWithValue("service", _serviceId);
            await take.ExecuteNonQueryAsync();
        }

        var head = ChainHead.Empty;
        await using (var last = new NpgsqlCommand(
            "SELECT seq, hash FROM audit_log WHERE service_id = @service ORDER BY seq DESC LIMIT 1", connection, transaction))
        {
            last.Parameters.AddWithValue("service", _serviceId);
            await using var reader = await last.ExecuteReaderAsync();
            if (await reader.ReadAsync())
            {
                head = new ChainHead(reader.GetInt64(0), (byte[])reader[1]);
            }
        }

        var now = _time.GetUtcNow();
        var records = new AuditRecord[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            records[i] = AuditChain.Next(head, now, batch[i].Entry);
            head = records[i].Head;
        }

        await using (var insert = new NpgsqlCommand(
            $"INSERT INTO audit_log (service_id, {Columns}) SELECT @service, * FROM unnest(" +
            "@seq, @at, @user, @agency, @action, @target, @outcome, @code, @version, @key, @source, @prev, @hash, @role, @district)",
            connection, transaction))
        {
            insert.Parameters.AddWithValue("service", _serviceId);
            Add(insert, "seq", NpgsqlDbType.Bigint, records.Select(r => r.Sequence));
            Add(insert, "at", NpgsqlDbType.TimestampTz, records.Select(r => r.RecordedAt.UtcDateTime));
            Add(insert, "user", NpgsqlDbType.Varchar, records.Select(r => r.Entry.ActorUserId));
            Add(insert, "agency", NpgsqlDbType.Varchar, records.Select(r => r.Entry.ActorAgency));
            Add(insert, "action", NpgsqlDbType.Varchar, records.Select(r => r.Entry.Action));
            Add(insert, "target", NpgsqlDbType.Varchar, records.Select(r => r.Entry.Target));
            Add(insert, "outcome", NpgsqlDbType.Varchar, records.Select(r => r.Entry.Outcome));
            Add(insert, "code", NpgsqlDbType.Varchar, records.Select(r => r.Entry.Code));
            Add(insert, "version", NpgsqlDbType.Bigint, records.Select(r => r.Entry.Version));
            Add(insert, "key", NpgsqlDbType.Varchar, records.Select(r => r.Entry.IdempotencyKey));
            Add(insert, "source", NpgsqlDbType.Varchar, records.Select(r => r.Entry.Source));
            Add(insert, "prev", NpgsqlDbType.Bytea, records.Select(r => r.PreviousHash));
            Add(insert, "hash", NpgsqlDbType.Bytea, records.Select(r => r.Hash));
            Add(insert, "role", NpgsqlDbType.Varchar, records.Select(r => r.Entry.ActorRole));
            Add(insert, "district", NpgsqlDbType.Varchar, records.Select(r => r.Entry.ActorDistrict));
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static void Add<T>(NpgsqlCommand command, string name, NpgsqlDbType type, IEnumerable<T> values) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | type) { Value = values.ToArray() });

    private static AuditRecord Read(NpgsqlDataReader row) =>
        new(
            row.GetInt64(0),
            new DateTimeOffset(row.GetDateTime(1)),
            new AuditEntry(
                row.GetString(2),
                row.IsDBNull(3) ? null : row.GetString(3),
                row.GetString(4),
                row.GetString(5),
                row.GetString(6),
                row.IsDBNull(7) ? null : row.GetString(7),
                row.GetInt64(8),
                row.IsDBNull(9) ? null : row.GetString(9),
                row.GetString(10),
                row.IsDBNull(13) ? null : row.GetString(13),
                row.IsDBNull(14) ? null : row.GetString(14)),
            (byte[])row[11],
            (byte[])row[12]);

    private sealed record Pending(AuditEntry Entry, TaskCompletionSource Written);
}
