using System.Text.Json;
using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Policies;
using Marten;
using NodaTime;
using Npgsql;

namespace DomainKit.Marten.Tests;

/// <summary>A store on a fresh database of the cluster, the case-handling policy and the commands the tests send.</summary>
internal sealed class StoreKit : IAsyncDisposable
{
    public static readonly DateTimeZone China = DateTimeZoneProviders.Tzdb[AssistanceCase.DefaultTimeZoneId];

    private static readonly LocalDate From = new(2014, 5, 1);

    private static readonly Provenance Source = Provenance.Illustrative("Test values for the parameters no source gives");

    /// <summary>The Zhifu pilot with the [D] values case handling needs (WF-07 limits, the paperwork deadline, escalation).</summary>
    public static readonly PolicySet Policy = PolicySets.ZhifuPilot
        .With(TimeLimitParameters.TemporaryOrMedicalReview, 10, From, Source)
        .With(TimeLimitParameters.TemporaryOrMedicalApproval, 10, From, Source)
        .With(TemporaryParameters.PaperworkDeadlineDays, 5, From, Source)
        .With(CaseParameters.EscalationWorkingDaysLate, 5, From, Source)
        .With(CaseParameters.EscalationObjections, 2, From, Source)
        .With(CaseParameters.EscalationAmount, Money.FromYuan(50_000m), From, Source);

    public static readonly CaseApplicant Applicant = new()
    {
        Name = "张三丰",
        ResidentId = ResidentId.Parse("11010519491231002X").Value,
        HouseholdSize = 3,
        Address = "芝罘区幸福路 12 号",
        Illness = "尿毒症",
    };

    private static readonly JsonSerializerOptions Json = new() { Converters = { new NodaDates() } };

    private StoreKit(string connectionString, DocumentStore documents)
    {
        ConnectionString = connectionString;
        Documents = documents;
        Store = NewStore();
    }

    public string ConnectionString { get; }

    public DocumentStore Documents { get; }

    public MartenCaseStore Store { get; }

    public static LedgerAccount Temporary2026 { get; } = new(Fund.TemporaryAssistance, 2026);

    /// <summary>A store on a new database whose schema is applied, and whose 2026 funds are opened when asked.</summary>
    public static async Task<StoreKit> CreateAsync(PostgresCluster cluster, bool applySchema = true)
    {
        var connectionString = await cluster.NewDatabaseAsync();
        var documents = CaseStoreSchema.Create(connectionString);
        if (applySchema)
        {
            await CaseStoreSchema.ApplyAsync(documents);
        }

        return new StoreKit(connectionString, documents);
    }

    /// <summary>Another store over the same database, as a second process would have: nothing cached.</summary>
    public MartenCaseStore NewStore() => new(Documents, Policy, WorkingDayCalendar.MondayToFriday);

    /// <summary>9:00 in Zhifu on a day of March 2026 (1 March 2026 is a Sunday).</summary>
    public static Instant March(int day, int hour = 9) => new LocalDateTime(2026, 3, day, hour, 0).InZoneStrictly(China).ToInstant();

    public static CaseCommand By(string staff, Instant at, long version, string reason = "handled at the window") => new(staff, at, reason, version);

    /// <summary>Opens the 2026 budgets of the Zhifu pilot's funds through the store.</summary>
    public async Task<FundLedger> OpenFundsAsync()
    {
        var opened = await Store.RunLedgerAsync(ledger => ledger.OpenYear(2026, PolicySets.ZhifuPilot, "finance-1", March(1), ledger.Version));
        Assert.True(opened.IsSuccess, string.Join("; ", opened.Errors.Concat(opened.ValidationErrors.Select(e => e.ErrorMessage))));
        return opened.Value;
    }

    /// <summary>Runs a command that must succeed through the store.</summary>
    public async Task<AssistanceCase> Then(string caseId, Func<AssistanceCase?, FundLedger, Result<CaseUpdate>> command)
    {
        var result = await Store.RunAsync(caseId, command);
        Assert.True(result.IsSuccess, $"{result.Status}: " + string.Join("; ", result.Errors.Concat(result.ValidationErrors.Select(e => $"{e.Identifier} {e.ErrorCode} {e.ErrorMessage}"))));
        return result.Value.Case;
    }

    /// <summary>A case opened and accepted on Monday 2 March for temporary assistance.</summary>
    public async Task<AssistanceCase> AcceptedAsync(string caseId)
    {
        await Then(caseId, (_, _) => AssistanceCase.Open(caseId, IntakeChannel.WalkInWindow, Applicant, By("window-7", March(2), 0)));
        return await Then(caseId, (c, _) => c!.Accept(By("window-7", March(2, 10), c.Version), [Need.Temporary], Policy));
    }

    /// <summary>A case accepted on 2 March, investigated on the 3rd, checked on the 4th, noticed on the 5th for <paramref name="programme"/> and approved on the 13th.</summary>
    public async Task<AssistanceCase> ApprovedAsync(string caseId, Programme programme = Programme.TemporaryAssistance, decimal amount = 3_000m)
    {
        await AcceptedAsync(caseId);
        await Then(caseId, (c, _) => c!.StartInvestigation(By("lead-3", March(3), c.Version), ["inv-1", "inv-2"], Policy));
        await Then(caseId, (c, _) => c!.RecordVerification(By("inv-1", March(4), c.Version), VerificationSource.Banks, Money.Zero, Money.FromYuan(1_200m)));
        await Then(caseId, (c, _) => c!.PublishNotice(By("town-2", March(5), c.Version), programme, Money.FromYuan(amount), Policy, WorkingDayCalendar.MondayToFriday));
        return await Then(caseId, (c, _) => AssistanceCase.IsMonthly(programme)
            ? c!.Approve(By("county-1", March(13), c.Version), Policy)
            : c!.Approve(By("county-1", March(13), c.Version)));
    }

    /// <summary>Rows of the event table for a stream, oldest first: version and the JSON as PostgreSQL holds it.</summary>
    public async Task<List<(long Version, string Data)>> RowsAsync(string streamKey)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var select = new NpgsqlCommand("select version, data::text from mt_events where stream_id = $1 order by version", connection);
        select.Parameters.AddWithValue(streamKey);
        await using var reader = await select.ExecuteReaderAsync();
        var rows = new List<(long, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt64(0), reader.GetString(1)));
        }

        return rows;
    }

    /// <summary>Runs SQL on the test database, as someone with access to it would.</summary>
    public async Task<int> ExecuteAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters)
        {
            command.Parameters.AddWithValue(p);
        }

        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>The first column of the first row of a query, or default when there is none.</summary>
    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }

    /// <summary>Every view the store keeps, as JSON, so two readings can be compared whole.</summary>
    public async Task<string> ViewsAsync()
    {
        await using var session = Documents.QuerySession();
        var cases = await session.Query<CaseView>().OrderBy(v => v.Id).ToListAsync();
        var balances = await session.Query<FundBalance>().OrderBy(b => b.Id).ToListAsync();
        Assert.NotEmpty(cases);
        Assert.NotEmpty(balances);
        return JsonSerializer.Serialize(new { cases, balances }, Json);
    }

    public async ValueTask DisposeAsync() => await Documents.DisposeAsync();

    private sealed class NodaDates : System.Text.Json.Serialization.JsonConverter<LocalDate>
    {
        public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString("yyyy-MM-dd", null));
    }
}
