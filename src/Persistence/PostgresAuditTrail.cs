using System.Text;
using System.Threading.Channels;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Audit;
using AntiTrafficking.Grains.Audit;
using AntiTrafficking.Grains.Journal;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace AntiTrafficking.Persistence;

/// <summary>
/// The command journal (<c>command_journal</c>, deploy/sql/0007), the agencies' activity it credits
/// (<c>agency_activity</c>, deploy/sql/0008) and the audit trail (<c>audit_log</c>, deploy/sql/0004), written together.
/// Journal rows and audit entries queue in the silo and are written by one loop in batches, one transaction each (group
/// commit): the commands of many grains share a round trip and a commit, and each waits until its batch is committed,
/// so an acknowledged command is on disk with its audit entry and nothing else is. A row whose position or key its
/// stream already holds is not written (nor its entry): its append answers <see cref="AppendOutcome.Conflict"/> while
/// the rest of the batch commits. Each batch holds a transaction-scoped advisory lock per ServiceId while it reads the
/// chain's head and links its entries to it, so silos writing at once still form a single chain.
/// </summary>
public sealed class PostgresAuditTrail : IAuditTrail, ICommandJournal, IAsyncDisposable
{
    private const int MaxBatch = 500;

    private const string Columns =
        "seq, recorded_at, actor_user, actor_agency, action, target, outcome, code, version, idempotency_key, source, prev_hash, hash, actor_role, actor_district, change_field, change_before, change_after";

    private readonly NpgsqlDataSource _database;
    private readonly string _serviceId;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    /// <summary>Starts the writing loop on the database named by <paramref name="connectionString"/>.</summary>
    public PostgresAuditTrail(string connectionString, string serviceId, TimeProvider time, ILogger<PostgresAuditTrail> logger)
    {
        // The loop needs one connection at a time; activations reading their journal's tail and verification need others;
        // an unreachable database fails a batch in seconds.
        _database = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 12, Timeout = 3, MaxAutoPrepare = 16 }.ConnectionString);
        _serviceId = serviceId;
        _time = time;
        _logger = logger;
        _writer = Task.Run(WriteLoopAsync);
    }

    public Task AppendAsync(AuditEntry entry) => Enqueue(entry, null);

    public Task<AppendOutcome> AppendAsync(JournalRow row, AuditEntry? audit) => Enqueue(audit, row);

    private Task<AppendOutcome> Enqueue(AuditEntry? entry, JournalRow? row)
    {
        var pending = new Pending(entry, row, new TaskCompletionSource<AppendOutcome>(TaskCreationOptions.RunContinuationsAsynchronously));
        return _queue.Writer.TryWrite(pending) ? pending.Written.Task : Task.FromException<AppendOutcome>(Unavailable(pending));
    }

    /// <summary>What a failed batch tells its callers: the journal's or the audit trail's unavailability.</summary>
    private static Exception Unavailable(Pending pending) =>
        pending.Row is null ? new AuditUnavailableException() : new DatabaseUnavailableException();

    public async Task<IReadOnlyList<JournalRow>> ReadAfterAsync(string stream, long position, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await _database.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(
                "SELECT position, kind, payload, version, key, fingerprint FROM command_journal " +
                "WHERE service_id = @service AND stream = @stream AND position > @position ORDER BY position", connection);
            command.Parameters.AddWithValue("service", _serviceId);
            command.Parameters.AddWithValue("stream", stream);
            command.Parameters.AddWithValue("position", position);
            var rows = new List<JournalRow>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new JournalRow(
                    stream, reader.GetInt64(0), reader.GetString(1), (byte[])reader[2], reader.GetInt64(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5)));
            }

            return rows;
        }
        catch (Exception ex) when (IsUnreachable(ex))
        {
            _logger.LogWarning(ex, "Journal: the rows of a stream could not be read");
            throw new DatabaseUnavailableException();
        }
    }

    public async Task<bool> IsClaimedAsync(string stream, string claim, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await _database.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(
                "SELECT EXISTS (SELECT 1 FROM command_journal WHERE service_id = @service AND stream = @stream AND claim = @claim)", connection);
            command.Parameters.AddWithValue("service", _serviceId);
            command.Parameters.AddWithValue("stream", stream);
            command.Parameters.AddWithValue("claim", claim);
            return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        catch (Exception ex) when (IsUnreachable(ex))
        {
            _logger.LogWarning(ex, "Journal: a claim could not be looked up");
            throw new DatabaseUnavailableException();
        }
    }

    public async Task<IReadOnlyDictionary<string, long>> ActivityOfAsync(string agency, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await _database.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(
                "SELECT activity, count FROM agency_activity WHERE service_id = @service AND agency = @agency", connection);
            command.Parameters.AddWithValue("service", _serviceId);
            command.Parameters.AddWithValue("agency", agency);
            var activity = new Dictionary<string, long>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                activity[reader.GetString(0)] = reader.GetInt64(1);
            }

            return activity;
        }
        catch (Exception ex) when (IsUnreachable(ex))
        {
            _logger.LogWarning(ex, "Journal: an agency's activity could not be read");
            throw new DatabaseUnavailableException();
        }
    }

    public async Task<JournalKey?> FindKeyAsync(string stream, string key, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await _database.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(
                "SELECT position, version, fingerprint FROM command_journal WHERE service_id = @service AND stream = @stream AND key = @key",
                connection);
            command.Parameters.AddWithValue("service", _serviceId);
            command.Parameters.AddWithValue("stream", stream);
            command.Parameters.AddWithValue("key", key);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken)
                ? new JournalKey(reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2))
                : null;
        }
        catch (Exception ex) when (IsUnreachable(ex))
        {
            _logger.LogWarning(ex, "Journal: a key could not be looked up");
            throw new DatabaseUnavailableException();
        }
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
                var outcomes = await WriteWithOneRetryAsync(batch);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Written.TrySetResult(outcomes[i]);
                }
            }
            catch (Exception ex) when (batch.Count > 1 && !IsUnreachable(ex))
            {
                // One entry the database refuses must not fail the others that share its batch: each is written alone.
                _logger.LogWarning(ex, "Journal: a batch of {Count} rows and entries was refused; writing them one by one", batch.Count);
                foreach (var pending in batch)
                {
                    await WriteAloneAsync(pending);
                }
            }
            catch (Exception ex)
            {
                // Nothing of the batch is acknowledged: every caller gets an error and retries with its key.
                _logger.LogError(ex, "Journal: a batch of {Count} rows and entries could not be written", batch.Count);
                batch.ForEach(p => p.Written.TrySetException(Unavailable(p)));
            }

            batch.Clear();
        }
    }

    private async Task WriteAloneAsync(Pending pending)
    {
        try
        {
            pending.Written.TrySetResult((await WriteWithOneRetryAsync([pending]))[0]);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Journal: a {Kind} row with an entry for {Action} could not be written",
                pending.Row?.Kind ?? "(no)", pending.Entry?.Action ?? "(none)");
            pending.Written.TrySetException(Unavailable(pending));
        }
    }

    /// <summary>The database could not be reached (as opposed to refusing what was sent).</summary>
    private static bool IsUnreachable(Exception ex) => ex is NpgsqlException and not PostgresException || ex is TimeoutException;

    // After a database restart every pooled connection is broken and the first use of each fails: the pool is
    // emptied and the batch tried once more on a new connection. (If a commit's answer was lost, the retry finds the
    // journal rows there, answers Conflict for them, and their grains find their own keys at their positions; an
    // entry without a row may be stored twice: never lost, at worst repeated.)
    private async Task<AppendOutcome[]> WriteWithOneRetryAsync(List<Pending> batch)
    {
        try
        {
            return await WriteAsync(batch);
        }
        catch (NpgsqlException ex) when (ex is not PostgresException)
        {
            _logger.LogWarning(ex, "Journal: writing a batch failed on a pooled connection; retrying once on a new one");
            _database.Clear();
            return await WriteAsync(batch);
        }
    }

    /// <summary>
    /// One batch in one transaction and three round trips: the chain's lock and head; the journal rows and the audit
    /// entries together (the rows' <c>ON CONFLICT DO NOTHING RETURNING</c> tells which were written); the commit. When
    /// a row's position, key or claim was taken, that transaction is rolled back and the batch written again without
    /// those rows and their entries (<see cref="WriteWithConflictsAsync"/>): conflicts are rare (a stale activation, an
    /// old key retried, a survey id used twice), and each costs only its own batch a second transaction.
    /// </summary>
    private async Task<AppendOutcome[]> WriteAsync(List<Pending> batch)
    {
        var (outcomes, rows) = Screen(batch);
        var entries = Entries(batch, outcomes);
        await using var connection = await _database.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var head = await LockAndReadHeadAsync(connection, transaction);
        await using (var write = new NpgsqlBatch(connection, transaction))
        {
            if (rows.Count > 0)
            {
                write.BatchCommands.Add(JournalInsert(rows));
            }

            if (entries.Length > 0)
            {
                write.BatchCommands.Add(AuditInsert(Chain(head, entries)));
            }

            var written = await ExecuteAsync(write, rows.Count > 0);
            if (written.Count < rows.Count)
            {
                await transaction.RollbackAsync();
                return await WriteWithConflictsAsync(batch);
            }
        }

        await transaction.CommitAsync();
        return outcomes;
    }

    /// <summary>The batch again, knowing that some of its rows conflict: the rows first, then the entries of those written.</summary>
    private async Task<AppendOutcome[]> WriteWithConflictsAsync(List<Pending> batch)
    {
        var (outcomes, rows) = Screen(batch);
        await using var connection = await _database.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var head = await LockAndReadHeadAsync(connection, transaction);
        if (rows.Count > 0)
        {
            await using var insert = new NpgsqlBatch(connection, transaction) { BatchCommands = { JournalInsert(rows) } };
            var written = await ExecuteAsync(insert, true);
            foreach (var (index, row) in rows)
            {
                outcomes[index] = written.Contains((row.Stream, row.Position)) ? AppendOutcome.Appended : AppendOutcome.Conflict;
            }
        }

        var entries = Entries(batch, outcomes);
        if (entries.Length > 0)
        {
            await using var audit = new NpgsqlBatch(connection, transaction) { BatchCommands = { AuditInsert(Chain(head, entries)) } };
            await audit.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return outcomes;
    }

    /// <summary>Takes the chain's lock for this transaction and reads its head, in one round trip.</summary>
    private async Task<ChainHead> LockAndReadHeadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        await using var read = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock(hashtextextended('audit_log:' || @service, 0))") { Parameters = { new("service", _serviceId) } },
                new NpgsqlBatchCommand("SELECT seq, hash FROM audit_log WHERE service_id = @service ORDER BY seq DESC LIMIT 1") { Parameters = { new("service", _serviceId) } },
            },
        };
        await using var reader = await read.ExecuteReaderAsync();
        await reader.NextResultAsync();
        return await reader.ReadAsync() ? new ChainHead(reader.GetInt64(0), (byte[])reader[1]) : ChainHead.Empty;
    }

    /// <summary>Runs <paramref name="batch"/>; when it starts with the journal's insert, the positions it wrote.</summary>
    private static async Task<HashSet<(string, long)>> ExecuteAsync(NpgsqlBatch batch, bool returnsRows)
    {
        var written = new HashSet<(string, long)>();
        await using var reader = await batch.ExecuteReaderAsync();
        if (returnsRows)
        {
            while (await reader.ReadAsync())
            {
                written.Add((reader.GetString(0), reader.GetInt64(1)));
            }
        }

        // The audit insert's result, so that its failure surfaces here, inside the transaction.
        while (await reader.NextResultAsync())
        {
        }

        return written;
    }

    /// <summary>
    /// The batch's journal rows, with <see cref="AppendOutcome.Conflict"/> already for a row whose position, key or claim
    /// an earlier row of the same batch takes.
    /// </summary>
    private static (AppendOutcome[] Outcomes, List<(int Index, JournalRow Row)> Rows) Screen(List<Pending> batch)
    {
        var outcomes = new AppendOutcome[batch.Count];
        var positions = new HashSet<(string, long)>();
        var keys = new HashSet<(string, string)>();
        var claims = new HashSet<(string, string)>();
        var rows = new List<(int Index, JournalRow Row)>();
        for (var i = 0; i < batch.Count; i++)
        {
            if (batch[i].Row is not { } row)
            {
                continue;
            }

            if (!positions.Add((row.Stream, row.Position))
                || (row.Key is { } key && !keys.Add((row.Stream, key)))
                || (row.Claim is { } claim && !claims.Add((row.Stream, claim))))
            {
                outcomes[i] = AppendOutcome.Conflict;
                continue;
            }

            rows.Add((i, row));
        }

        return (outcomes, rows);
    }

    /// <summary>The audit entries to write: those alone, and those whose journal row is written.</summary>
    private static AuditEntry[] Entries(List<Pending> batch, AppendOutcome[] outcomes) =>
        batch.Where((p, i) => p.Entry is not null && outcomes[i] == AppendOutcome.Appended).Select(p => p.Entry!).ToArray();

    /// <summary>
    /// The rows' insert; in the same statement, the activity of the agencies credited by the rows it inserted (a row
    /// refused for its position, key or claim credits nothing), one update per agency and activity.
    /// </summary>
    private NpgsqlBatchCommand JournalInsert(List<(int Index, JournalRow Row)> rows)
    {
        var insert = new NpgsqlBatchCommand(
            "WITH input AS (SELECT * FROM unnest(@stream, @position, @kind, @version, @key, @fingerprint, @claim, @payload, @agency, @activity, @count) " +
            "AS r(stream, position, kind, version, key, fingerprint, claim, payload, agency, activity, count)), " +
            "inserted AS (INSERT INTO command_journal (service_id, stream, position, kind, version, key, fingerprint, claim, payload) " +
            "SELECT @service, stream, position, kind, version, key, fingerprint, claim, payload FROM input " +
            "ON CONFLICT DO NOTHING RETURNING stream, position), " +
            "credited AS (INSERT INTO agency_activity (service_id, agency, activity, count) " +
            "SELECT @service, i.agency, i.activity, sum(i.count) FROM input i JOIN inserted USING (stream, position) " +
            "WHERE i.agency IS NOT NULL GROUP BY i.agency, i.activity " +
            "ON CONFLICT (service_id, agency, activity) DO UPDATE SET count = agency_activity.count + excluded.count) " +
            "SELECT stream, position FROM inserted");
        insert.Parameters.AddWithValue("service", _serviceId);
        Add(insert, "stream", NpgsqlDbType.Text, rows.Select(r => r.Row.Stream));
        Add(insert, "position", NpgsqlDbType.Bigint, rows.Select(r => r.Row.Position));
        Add(insert, "kind", NpgsqlDbType.Varchar, rows.Select(r => r.Row.Kind));
        Add(insert, "version", NpgsqlDbType.Bigint, rows.Select(r => r.Row.Version));
        Add(insert, "key", NpgsqlDbType.Text, rows.Select(r => r.Row.Key));
        Add(insert, "fingerprint", NpgsqlDbType.Varchar, rows.Select(r => r.Row.Fingerprint));
        Add(insert, "claim", NpgsqlDbType.Text, rows.Select(r => r.Row.Claim));
        Add(insert, "payload", NpgsqlDbType.Bytea, rows.Select(r => r.Row.Payload));
        Add(insert, "agency", NpgsqlDbType.Text, rows.Select(r => r.Row.Credit?.Agency));
        Add(insert, "activity", NpgsqlDbType.Text, rows.Select(r => r.Row.Credit?.Activity));
        Add(insert, "count", NpgsqlDbType.Bigint, rows.Select(r => r.Row.Credit?.Count ?? 0));
        return insert;
    }

    /// <summary>Links the entries to the chain's head, in order, all stamped with this moment.</summary>
    private AuditRecord[] Chain(ChainHead head, AuditEntry[] entries)
    {
        var now = _time.GetUtcNow();
        var records = new AuditRecord[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            records[i] = AuditChain.Next(head, now, entries[i]);
            head = records[i].Head;
        }

        return records;
    }

    private NpgsqlBatchCommand AuditInsert(AuditRecord[] records)
    {
        var insert = new NpgsqlBatchCommand(
            $"INSERT INTO audit_log (service_id, {Columns}) SELECT @service, * FROM unnest(" +
            "@seq, @at, @user, @agency, @action, @target, @outcome, @code, @version, @key, @source, @prev, @hash, @role, @district, @changeField, @changeBefore, @changeAfter)");
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
        Add(insert, "changeField", NpgsqlDbType.Varchar, records.Select(r => r.Entry.ChangeField));
        Add(insert, "changeBefore", NpgsqlDbType.Varchar, records.Select(r => r.Entry.ChangeBefore));
        Add(insert, "changeAfter", NpgsqlDbType.Varchar, records.Select(r => r.Entry.ChangeAfter));
        return insert;
    }

    private static void Add<T>(NpgsqlBatchCommand command, string name, NpgsqlDbType type, IEnumerable<T> values) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | type) { Value = values.ToArray() });

    private static AuditRecord Read(NpgsqlDataReader row) =>
        new(
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
                row.IsDBNull(14) ? null : row.GetString(14),
                row.IsDBNull(15) ? null : row.GetString(15),
                row.IsDBNull(16) ? null : row.GetString(16),
                row.IsDBNull(17) ? null : row.GetString(17))
            {
                Sequence = row.GetInt64(0),
                RecordedAt = new DateTimeOffset(row.GetDateTime(1)),
            },
            (byte[])row[11],
            (byte[])row[12]);

    /// <summary>A journal row, an audit entry, or a row with the entry of its act, and who waits for them.</summary>
    private sealed record Pending(AuditEntry? Entry, JournalRow? Row, TaskCompletionSource<AppendOutcome> Written);
}
