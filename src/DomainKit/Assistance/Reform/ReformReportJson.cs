using System.Collections.Immutable;
using System.Text.Json;
using Ardalis.Result;
using DomainKit.Contracts;
using DomainKit.Policies;
using DomainKit.Serialization;
using DomainKit.Validation;

namespace DomainKit.Assistance;

/// <summary>
/// Writes a reform comparison as JSON and reads it back (contract <c>domainkit/reform-report@2</c>, documented in
/// docs/json-contracts.md): both policy sets by ID, version and content hash, per programme the households eligible
/// before and after and the amounts, per fund the cost against its budget, the winners and losers, poverty against the
/// dibao line, and the change by income group, decile and region, weighted where the caseload carries weights and with
/// the take-up rates used.
/// </summary>
/// <remarks>
/// A document carries every sum a merge needs, so the documents of disjoint parts of a caseload read back and merge
/// (<see cref="ComparedReport.Combine"/>) into exactly the document of the whole. Amounts are decimal strings of yuan;
/// weighted figures and rates are JSON numbers, exact. Averages, shares, estimates and deciles are written for readers
/// and derived again from the sums when a document is read. Output is deterministic. This class is thread-safe.
/// </remarks>
public static class ReformReportJson
{
    /// <summary>The contract the writers write and the reader reads.</summary>
    public const string Schema = ReformReportDocument.SchemaName;

    /// <summary>The contract's first version, which lacks the sums a merge needs; it is refused with <see cref="ErrorCodes.UnsupportedSchema"/>.</summary>
    public const string FirstSchema = "domainkit/reform-report@1";

    /// <summary>The most income groups a document may hold: the distribution's bands number about 220,000 at most.</summary>
    public const int MaxIncomeGroups = 250_000;

    /// <summary>The most administrative divisions a document may hold: China has fewer than 4,000 at county level and above.</summary>
    public const int MaxRegions = 10_000;

    private static readonly string[] RootKeys =
        ["schema", "date", "baseline", "reform", "households", "winners", "losers", "unchanged", "totalGain", "totalLoss", "programmes", "funds", "population", "poverty", "deciles", "incomeGroups", "regions"];

    private static readonly string[] PolicyKeys = ["id", "version", "modified", "contentHash"];

    private static readonly string[] ProgrammeKeys =
    [
        "programme", "eligibleBefore", "eligibleAfter", "newlyEligible", "noLongerEligible", "amountBefore", "amountAfter", "change", "amountBasis", "takeUp",
        "weightedEligibleBefore", "weightedEligibleAfter", "weightedNewlyEligible", "weightedNoLongerEligible", "weightedAmountBefore", "weightedAmountAfter",
        "estimatedRecipientsBefore", "estimatedRecipientsAfter", "estimatedAmountBefore", "estimatedAmountAfter",
    ];

    private static readonly string[] CountKeys = ["eligibleBefore", "eligibleAfter", "newlyEligible", "noLongerEligible"];

    private static readonly string[] WeightedKeys = ["weightedEligibleBefore", "weightedEligibleAfter", "weightedNewlyEligible", "weightedNoLongerEligible", "weightedAmountBefore", "weightedAmountAfter"];

    private static readonly string[] FundKeys =
    [
        "fund", "budget", "costBefore", "costAfter", "headroomAfter", "overBudget", "year", "takeUp", "weightedCostBefore", "weightedCostAfter",
        "estimatedCostBefore", "estimatedCostAfter", "estimatedHeadroomAfter", "estimatedOverBudget",
    ];

    private static readonly string[] GroupKeys = ["sampleHouseholds", "households", "persons", "winners", "losers", "totalChange", "incomeBefore", "averageChange", "winnerShare", "loserShare"];

    private static readonly string[] PovertyKeys = ["lineMonthly", "beforeAssistance", "underBaseline", "underReform", "gapClosedUnderBaseline", "gapClosedUnderReform"];

    private static readonly string[] MeasureKeys = ["households", "persons", "gapMonthly"];

    private static readonly string[] IncomeGroupKeys = ["perCapitaMonthlyIncome", "change"];

    private static readonly string[] RegionKeys = ["region", "change"];

    private static readonly Programme[] Programmes = Enum.GetValues<Programme>();

    /// <summary>Writes a report as a string.</summary>
    /// <param name="report">The report, as <see cref="ReformComparison"/> gives it.</param>
    /// <param name="baseline">The policy set in force the report was computed under.</param>
    /// <param name="reform">The reform the report was computed under.</param>
    /// <returns>The JSON text, ending with a line break.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A policy set's ID is not the one the report names.</exception>
    public static string Write(ReformReport report, PolicySet baseline, PolicySet reform)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(reform);
        return Write(new ComparedReport { Report = report, Baseline = Reference(baseline), Reform = Reference(reform) });
    }

    /// <summary>Writes a report with the policy sets a document named, such as the merge of parts' reports, as a string.</summary>
    /// <param name="compared">The report and its policy sets.</param>
    /// <returns>The JSON text, ending with a line break.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="compared"/> or its report is null.</exception>
    /// <exception cref="ArgumentException">A policy set is not the one the report names.</exception>
    public static string Write(ComparedReport compared)
    {
        Check(compared);
        return JsonOutput.Write(w => WriteReport(w, compared));
    }

    /// <summary>Writes a report into a writer the caller keeps, such as one over an HTTP response.</summary>
    /// <param name="writer">The writer; its options decide indentation and escaping.</param>
    /// <param name="report">The report, as <see cref="ReformComparison"/> gives it.</param>
    /// <param name="baseline">The policy set in force the report was computed under.</param>
    /// <param name="reform">The reform the report was computed under.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A policy set's ID is not the one the report names.</exception>
    public static void Write(Utf8JsonWriter writer, ReformReport report, PolicySet baseline, PolicySet reform)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(reform);
        var compared = new ComparedReport { Report = report, Baseline = Reference(baseline), Reform = Reference(reform) };
        Check(compared);
        WriteReport(writer, compared);
    }

    /// <summary>Reads a report written by <see cref="Write(ComparedReport)"/>, strictly.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report with its policy sets, or Invalid with each problem's path and code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Result<ComparedReport> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return StrictJsonReader.Read(StrictJsonReader.ToUtf8(json), Read);
    }

    /// <summary>
    /// Reads a report from UTF-8 JSON, strictly: an unknown or repeated property, a wrong type, a count below zero, an
    /// amount not exact to the fen, income groups or regions out of order, more of them than <see cref="MaxIncomeGroups"/>
    /// or <see cref="MaxRegions"/>, or figures that contradict each other (more winners and losers than households, a
    /// programme missing or repeated) are Invalid with their paths. The derived figures a document carries (averages,
    /// shares, estimates, deciles, <c>unchanged</c>, <c>change</c>, <c>headroomAfter</c>) are not read: the report
    /// derives them again from its sums. A <c>domainkit/reform-report@1</c> document is refused
    /// (<see cref="ErrorCodes.UnsupportedSchema"/>): it lacks the weighted sums and the distribution.
    /// </summary>
    /// <param name="utf8Json">The JSON bytes.</param>
    /// <returns>The report with its policy sets, or Invalid with each problem's path and code; never an exception for bad input.</returns>
    public static Result<ComparedReport> Parse(ReadOnlyMemory<byte> utf8Json) => StrictJsonReader.Read(utf8Json, Read);

    /// <summary>The basis of a programme's amounts: per month, per year, once, or none for a status.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns><c>perMonth</c>, <c>perYear</c>, <c>once</c> or <c>none</c>.</returns>
    public static string AmountBasis(Programme programme) => programme switch
    {
        Programme.Dibao or Programme.SingleMemberDibao => "perMonth",
        Programme.EducationAssistance => "perYear",
        Programme.TemporaryAssistance or Programme.MedicalAssistance => "once",
        _ => "none",
    };

    /// <summary>How a document names a policy set: ID, version, whether overridden, content hash.</summary>
    internal static PolicyReferenceDocument Reference(PolicySet policy) =>
        new() { Id = policy.Id, Version = policy.Version, Modified = policy.IsModified, ContentHash = policy.ContentHash };

    // The report names each set as ReformTally does: its identifier, with "*" when it carries overrides.
    private static string Label(PolicyReferenceDocument policy) => policy.Modified ? policy.Id + "*" : policy.Id;

    private static void Check(ComparedReport compared)
    {
        ArgumentNullException.ThrowIfNull(compared);
        ArgumentNullException.ThrowIfNull(compared.Report, nameof(compared));
        ArgumentNullException.ThrowIfNull(compared.Baseline, nameof(compared));
        ArgumentNullException.ThrowIfNull(compared.Reform, nameof(compared));
        if (!string.Equals(compared.Report.BaselinePolicyId, Label(compared.Baseline), StringComparison.Ordinal)
            || !string.Equals(compared.Report.ReformPolicyId, Label(compared.Reform), StringComparison.Ordinal))
        {
            throw new ArgumentException("The policy sets are not the ones the report was computed under.", nameof(compared));
        }
    }

    private static void WriteReport(Utf8JsonWriter w, ComparedReport compared)
    {
        var report = compared.Report;
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteString("date", Dates.Format(report.Date));
        WritePolicy(w, "baseline", compared.Baseline);
        WritePolicy(w, "reform", compared.Reform);
        w.WriteNumber("households", report.Households);
        w.WriteNumber("winners", report.Winners);
        w.WriteNumber("losers", report.Losers);
        w.WriteNumber("unchanged", report.Unchanged);
        AmountText.Write(w, "totalGain", report.TotalGain);
        AmountText.Write(w, "totalLoss", report.TotalLoss);
        w.WriteStartArray("programmes");
        foreach (var p in report.Programmes)
        {
            w.WriteStartObject();
            w.WriteString("programme", EnumTokens<Programme>.ToToken(p.Programme));
            w.WriteNumber("eligibleBefore", p.EligibleBefore);
            w.WriteNumber("eligibleAfter", p.EligibleAfter);
            w.WriteNumber("newlyEligible", p.NewlyEligible);
            w.WriteNumber("noLongerEligible", p.NoLongerEligible);
            AmountText.Write(w, "amountBefore", p.AmountBefore);
            AmountText.Write(w, "amountAfter", p.AmountAfter);
            AmountText.Write(w, "change", p.Change);
            w.WriteString("amountBasis", AmountBasis(p.Programme));
            w.WriteNumber("takeUp", Plain(p.TakeUp.Value));
            w.WriteNumber("weightedEligibleBefore", Plain(p.WeightedEligibleBefore));
            w.WriteNumber("weightedEligibleAfter", Plain(p.WeightedEligibleAfter));
            w.WriteNumber("weightedNewlyEligible", Plain(p.WeightedNewlyEligible));
            w.WriteNumber("weightedNoLongerEligible", Plain(p.WeightedNoLongerEligible));
            w.WriteNumber("weightedAmountBefore", Plain(p.WeightedAmountBefore));
            w.WriteNumber("weightedAmountAfter", Plain(p.WeightedAmountAfter));
            w.WriteNumber("estimatedRecipientsBefore", Plain(p.EstimatedRecipientsBefore));
            w.WriteNumber("estimatedRecipientsAfter", Plain(p.EstimatedRecipientsAfter));
            w.WriteNumber("estimatedAmountBefore", Plain(p.EstimatedAmountBefore));
            w.WriteNumber("estimatedAmountAfter", Plain(p.EstimatedAmountAfter));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("funds");
        foreach (var f in report.Funds)
        {
            w.WriteStartObject();
            w.WriteString("fund", EnumTokens<Fund>.ToToken(f.Fund));
            if (f.Budget is { } budget)
            {
                AmountText.Write(w, "budget", budget);
            }

            AmountText.Write(w, "costBefore", f.CostBefore);
            AmountText.Write(w, "costAfter", f.CostAfter);
            if (f.HeadroomAfter is { } headroom)
            {
                AmountText.Write(w, "headroomAfter", headroom);
            }

            w.WriteBoolean("overBudget", f.OverBudget);
            w.WriteNumber("year", f.Year);
            w.WriteNumber("takeUp", Plain(f.TakeUp.Value));
            w.WriteNumber("weightedCostBefore", Plain(f.WeightedCostBefore));
            w.WriteNumber("weightedCostAfter", Plain(f.WeightedCostAfter));
            w.WriteNumber("estimatedCostBefore", Plain(f.EstimatedCostBefore));
            w.WriteNumber("estimatedCostAfter", Plain(f.EstimatedCostAfter));
            if (f.EstimatedHeadroomAfter is { } estimatedHeadroom)
            {
                w.WriteNumber("estimatedHeadroomAfter", Plain(estimatedHeadroom));
            }

            w.WriteBoolean("estimatedOverBudget", f.EstimatedOverBudget);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteGroup(w, "population", report.Population);
        if (report.Poverty is { } poverty)
        {
            w.WriteStartObject("poverty");
            AmountText.Write(w, "lineMonthly", poverty.LineMonthly);
            WriteMeasure(w, "beforeAssistance", poverty.BeforeAssistance);
            WriteMeasure(w, "underBaseline", poverty.UnderBaseline);
            WriteMeasure(w, "underReform", poverty.UnderReform);
            WriteOptional(w, "gapClosedUnderBaseline", poverty.GapClosedUnderBaseline);
            WriteOptional(w, "gapClosedUnderReform", poverty.GapClosedUnderReform);
            w.WriteEndObject();
        }

        w.WriteStartArray("deciles");
        foreach (var decile in report.Deciles)
        {
            w.WriteStartObject();
            w.WriteNumber("decile", decile.Decile);
            if (decile.LowestIncome is { } lowest)
            {
                AmountText.Write(w, "lowestIncome", lowest);
            }

            if (decile.HighestIncome is { } highest)
            {
                AmountText.Write(w, "highestIncome", highest);
            }

            WriteGroup(w, "change", decile.Change);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("incomeGroups");
        foreach (var group in report.IncomeGroups)
        {
            w.WriteStartObject();
            AmountText.Write(w, "perCapitaMonthlyIncome", group.PerCapitaMonthlyIncome);
            WriteGroup(w, "change", group.Change);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("regions");
        foreach (var region in report.Regions)
        {
            w.WriteStartObject();
            w.WriteString("region", region.Region.Value);
            WriteGroup(w, "change", region.Change);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePolicy(Utf8JsonWriter w, string name, PolicyReferenceDocument policy)
    {
        w.WriteStartObject(name);
        w.WriteString("id", policy.Id);
        w.WriteString("version", policy.Version);
        w.WriteBoolean("modified", policy.Modified);
        if (policy.ContentHash is { } hash)
        {
            w.WriteString("contentHash", hash);
        }

        w.WriteEndObject();
    }

    private static void WriteGroup(Utf8JsonWriter w, string name, GroupChange group)
    {
        w.WriteStartObject(name);
        w.WriteNumber("sampleHouseholds", group.SampleHouseholds);
        w.WriteNumber("households", Plain(group.Households));
        w.WriteNumber("persons", Plain(group.Persons));
        w.WriteNumber("winners", Plain(group.Winners));
        w.WriteNumber("losers", Plain(group.Losers));
        w.WriteNumber("totalChange", Plain(group.TotalChange));
        w.WriteNumber("incomeBefore", Plain(group.IncomeBefore));
        WriteOptional(w, "averageChange", group.AverageChange);
        WriteOptional(w, "winnerShare", group.WinnerShare);
        WriteOptional(w, "loserShare", group.LoserShare);
        w.WriteEndObject();
    }

    private static void WriteMeasure(Utf8JsonWriter w, string name, PovertyMeasure measure)
    {
        w.WriteStartObject(name);
        w.WriteNumber("households", Plain(measure.Households));
        w.WriteNumber("persons", Plain(measure.Persons));
        w.WriteNumber("gapMonthly", Plain(measure.GapMonthly));
        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, Plain(number));
        }
    }

    /// <summary>
    /// A figure without trailing zeros (12.5, not 12.5000): sums of the same figures added in another order or grouping
    /// carry other scales, and the document of merged parts must read, byte for byte, as the document of the whole.
    /// </summary>
    internal static decimal Plain(decimal value)
    {
        for (var decimals = 0; decimals < value.Scale; decimals++)
        {
            // Rounding to fewer decimals sets the scale to them; it changes nothing where only zeros are dropped.
            var shorter = decimal.Round(value, decimals);
            if (shorter == value)
            {
                return shorter;
            }
        }

        return value;
    }

    private static Result<ComparedReport> Read(JsonElement root)
    {
        var r = new StrictJsonReader { TextAmounts = true };
        if (!r.ExpectObject(root, string.Empty, RootKeys))
        {
            return Result<ComparedReport>.Invalid(r.Errors);
        }

        var schema = r.String(root, string.Empty, "schema", true);
        if (schema == FirstSchema)
        {
            r.Fail("schema", ErrorCodes.UnsupportedSchema, "A domainkit/reform-report@1 document lacks the weighted sums and the income distribution a report is read from; compare again to write version 2.");
            return Result<ComparedReport>.Invalid(r.Errors);
        }

        if (schema is not null && schema != Schema)
        {
            r.Fail("schema", ErrorCodes.UnsupportedSchema, $"Expected \"{Schema}\".");
            return Result<ComparedReport>.Invalid(r.Errors);
        }

        var date = r.Date(root, string.Empty, "date", true);
        var baseline = Policy(r, root, "baseline");
        var reform = Policy(r, root, "reform");
        var households = r.Count(root, string.Empty, "households", true);
        var winners = r.Count(root, string.Empty, "winners", true);
        var losers = r.Count(root, string.Empty, "losers", true);
        var gain = NonNegative(r, root, string.Empty, "totalGain");
        var loss = NonNegative(r, root, string.Empty, "totalLoss");
        var programmes = ReadProgrammes(r, root);
        var funds = ReadFunds(r, root, date);
        var population = Group(r, root, string.Empty, "population");
        var poverty = ReadPoverty(r, root);
        var incomeGroups = ReadIncomeGroups(r, root);
        var regions = ReadRegions(r, root);
        if (households is { } h && winners is { } won && losers is { } lost && won + (decimal)lost > h)
        {
            r.Fail("losers", ErrorCodes.ComparisonInconsistent, "The figures contradict each other: more winners and losers than households.");
        }

        if (households is { } all && population is { } whole && whole.SampleHouseholds != all)
        {
            r.Fail("population.sampleHouseholds", ErrorCodes.ComparisonInconsistent, "The figures contradict each other: the population's households are not the households compared.");
        }

        if (r.HasErrors)
        {
            return Result<ComparedReport>.Invalid(r.Errors);
        }

        var options = programmes!.Where(p => p.TakeUp != Rate.FromFraction(1m)).Aggregate(ReformComparisonOptions.Default, (o, p) => o.WithTakeUp(p.Programme, p.TakeUp));
        return new ComparedReport
        {
            Baseline = baseline!,
            Reform = reform!,
            Report = new ReformReport
            {
                Date = date!.Value,
                BaselinePolicyId = Label(baseline!),
                ReformPolicyId = Label(reform!),
                Households = households!.Value,
                Winners = winners!.Value,
                Losers = losers!.Value,
                TotalGain = gain!.Value,
                TotalLoss = loss!.Value,
                Programmes = programmes,
                Funds = funds!.Value,
                Options = options,
                Population = population!,
                Poverty = poverty,
                IncomeGroups = incomeGroups,
                Regions = regions,
            },
        };
    }

    private static PolicyReferenceDocument? Policy(StrictJsonReader r, JsonElement root, string name)
    {
        if (!StrictJsonReader.TryGet(root, name, out var element))
        {
            r.Errors.Add(StrictJsonReader.RequiredError(name));
            return null;
        }

        if (!r.ExpectObject(element, name, PolicyKeys))
        {
            return null;
        }

        var id = r.PlainText(element, name, "id", true);
        var version = r.PlainText(element, name, "version", true);
        var modified = r.Boolean(element, name, "modified", true);
        var hash = r.PlainText(element, name, "contentHash", false);
        return id is null || version is null || modified is null ? null : new PolicyReferenceDocument { Id = id, Version = version, Modified = modified.Value, ContentHash = hash };
    }

    private static ImmutableArray<ProgrammeComparison> ReadProgrammes(StrictJsonReader r, JsonElement root)
    {
        var items = r.Array(root, string.Empty, "programmes", true, Programmes.Length);
        var read = new List<ProgrammeComparison>();
        foreach (var (item, path) in items)
        {
            if (!r.ExpectObject(item, path, ProgrammeKeys))
            {
                continue;
            }

            var programme = r.Name(item, path, "programme", true, EnumTokens<Programme>.ByToken);
            var counts = CountKeys.Select(name => r.Count(item, path, name, true)).ToArray();
            var before = NonNegative(r, item, path, "amountBefore");
            var after = NonNegative(r, item, path, "amountAfter");
            var takeUp = TakeUp(r, item, path);
            var weighted = WeightedKeys.Select(name => Weighted(r, item, path, name)).ToArray();
            if (programme is { } p && counts.All(c => c is not null) && before is { } b && after is { } a && takeUp is { } rate && weighted.All(w => w is not null))
            {
                read.Add(new ProgrammeComparison
                {
                    Programme = p,
                    EligibleBefore = counts[0]!.Value,
                    EligibleAfter = counts[1]!.Value,
                    NewlyEligible = counts[2]!.Value,
                    NoLongerEligible = counts[3]!.Value,
                    AmountBefore = b,
                    AmountAfter = a,
                    TakeUp = rate,
                    WeightedEligibleBefore = weighted[0]!.Value,
                    WeightedEligibleAfter = weighted[1]!.Value,
                    WeightedNewlyEligible = weighted[2]!.Value,
                    WeightedNoLongerEligible = weighted[3]!.Value,
                    WeightedAmountBefore = weighted[4]!.Value,
                    WeightedAmountAfter = weighted[5]!.Value,
                });
            }
        }

        // Every programme once, in the order the comparison gives them, so parts line up programme by programme.
        if (!r.HasErrors && !read.Select(p => p.Programme).SequenceEqual(Programmes))
        {
            r.Fail("programmes", ErrorCodes.ComparisonInconsistent, "The figures contradict each other: every programme is compared once, in the contract's order.");
        }

        return [.. read];
    }

    private static ImmutableArray<FundComparison>? ReadFunds(StrictJsonReader r, JsonElement root, NodaTime.LocalDate? date)
    {
        var funds = Enum.GetValues<Fund>();
        var items = r.Array(root, string.Empty, "funds", true, funds.Length);
        var read = new List<FundComparison>();
        foreach (var (item, path) in items)
        {
            if (!r.ExpectObject(item, path, FundKeys))
            {
                continue;
            }

            var fund = r.Name(item, path, "fund", true, EnumTokens<Fund>.ByToken);
            var budget = r.Money(item, path, "budget", false);
            var before = NonNegative(r, item, path, "costBefore");
            var after = NonNegative(r, item, path, "costAfter");
            var year = r.Integer(item, path, "year", true, 1949, 2200);
            var takeUp = TakeUp(r, item, path);
            var weightedBefore = Weighted(r, item, path, "weightedCostBefore");
            var weightedAfter = Weighted(r, item, path, "weightedCostAfter");
            if (budget is { IsNegative: true })
            {
                r.Fail(StrictJsonReader.Child(path, "budget"), ErrorCodes.OutOfRange, "The amount must not be negative.");
            }

            if (year is { } y && date is { } d && y != d.Year)
            {
                r.Fail(StrictJsonReader.Child(path, "year"), ErrorCodes.ComparisonInconsistent, "The figures contradict each other: a fund's budget year is the year of the date of evaluation.");
            }

            if (fund is { } f && before is { } b && after is { } a && year is { } budgetYear && takeUp is { } rate && weightedBefore is { } wb && weightedAfter is { } wa)
            {
                read.Add(new FundComparison { Fund = f, Budget = budget, CostBefore = b, CostAfter = a, Year = budgetYear, TakeUp = rate, WeightedCostBefore = wb, WeightedCostAfter = wa });
            }
        }

        if (!r.HasErrors && read.Select(f => f.Fund).Distinct().Count() != read.Count)
        {
            r.Fail("funds", ErrorCodes.ComparisonInconsistent, "The figures contradict each other: a fund is compared more than once.");
        }

        return r.HasErrors ? null : [.. read];
    }

    private static PovertyComparison? ReadPoverty(StrictJsonReader r, JsonElement root)
    {
        if (!StrictJsonReader.TryGet(root, "poverty", out var element))
        {
            return null;
        }

        if (!r.ExpectObject(element, "poverty", PovertyKeys))
        {
            return null;
        }

        var line = NonNegative(r, element, "poverty", "lineMonthly");
        var before = Measure(r, element, "beforeAssistance");
        var underBaseline = Measure(r, element, "underBaseline");
        var underReform = Measure(r, element, "underReform");
        return line is { } l && before is not null && underBaseline is not null && underReform is not null
            ? new PovertyComparison { LineMonthly = l, BeforeAssistance = before, UnderBaseline = underBaseline, UnderReform = underReform }
            : null;
    }

    private static PovertyMeasure? Measure(StrictJsonReader r, JsonElement poverty, string name)
    {
        var path = StrictJsonReader.Child("poverty", name);
        if (!StrictJsonReader.TryGet(poverty, name, out var element))
        {
            r.Errors.Add(StrictJsonReader.RequiredError(path));
            return null;
        }

        if (!r.ExpectObject(element, path, MeasureKeys))
        {
            return null;
        }

        var households = Weighted(r, element, path, "households");
        var persons = Weighted(r, element, path, "persons");
        var gap = Weighted(r, element, path, "gapMonthly");
        return households is { } h && persons is { } p && gap is { } g ? new PovertyMeasure { Households = h, Persons = p, GapMonthly = g } : null;
    }

    private static ImmutableArray<IncomeGroup> ReadIncomeGroups(StrictJsonReader r, JsonElement root)
    {
        var groups = ImmutableArray.CreateBuilder<IncomeGroup>();
        long? previous = null;
        foreach (var (item, path) in r.Array(root, string.Empty, "incomeGroups", true, MaxIncomeGroups))
        {
            if (!r.ExpectObject(item, path, IncomeGroupKeys))
            {
                continue;
            }

            var income = r.Money(item, path, "perCapitaMonthlyIncome", true);
            var change = Group(r, item, path, "change");
            if (income is not { } band || change is null)
            {
                continue;
            }

            // A band's key is its lowest income in whole yuan, and bands come lowest first, each once.
            var yuan = band.Yuan;
            if (yuan != decimal.Truncate(yuan) || IncomeGroup.Band((long)yuan) != (long)yuan || (previous is { } last && (long)yuan <= last))
            {
                r.Fail(StrictJsonReader.Child(path, "perCapitaMonthlyIncome"), ErrorCodes.ComparisonGroupsUnsorted, "Income groups are bands of whole yuan, each once, lowest first.");
                continue;
            }

            previous = (long)yuan;
            groups.Add(new IncomeGroup { PerCapitaMonthlyIncome = band, Change = change });
        }

        return groups.ToImmutable();
    }

    private static ImmutableArray<RegionComparison> ReadRegions(StrictJsonReader r, JsonElement root)
    {
        var regions = ImmutableArray.CreateBuilder<RegionComparison>();
        string? previous = null;
        foreach (var (item, path) in r.Array(root, string.Empty, "regions", true, MaxRegions))
        {
            if (!r.ExpectObject(item, path, RegionKeys))
            {
                continue;
            }

            var text = r.String(item, path, "region", true);
            var change = Group(r, item, path, "change");
            if (text is null || change is null)
            {
                continue;
            }

            if (!RegionCode.TryParse(text, out var region))
            {
                r.Fail(StrictJsonReader.Child(path, "region"), ErrorCodes.OutOfRange, "A division is a six-digit code of GB/T 2260.");
                continue;
            }

            if (previous is not null && string.CompareOrdinal(region.Value, previous) <= 0)
            {
                r.Fail(StrictJsonReader.Child(path, "region"), ErrorCodes.ComparisonGroupsUnsorted, "Divisions come each once, in code order.");
                continue;
            }

            previous = region.Value;
            regions.Add(new RegionComparison { Region = region, Change = change });
        }

        return regions.ToImmutable();
    }

    private static GroupChange? Group(StrictJsonReader r, JsonElement parent, string parentPath, string name)
    {
        var path = StrictJsonReader.Child(parentPath, name);
        if (!StrictJsonReader.TryGet(parent, name, out var element))
        {
            r.Errors.Add(StrictJsonReader.RequiredError(path));
            return null;
        }

        if (!r.ExpectObject(element, path, GroupKeys))
        {
            return null;
        }

        var sample = r.Count(element, path, "sampleHouseholds", true);
        var households = Weighted(r, element, path, "households");
        var persons = Weighted(r, element, path, "persons");
        var winners = Weighted(r, element, path, "winners");
        var losers = Weighted(r, element, path, "losers");
        var change = r.Decimal(element, path, "totalChange", true);
        var income = r.Decimal(element, path, "incomeBefore", true);
        if (households is { } h && winners is { } w && losers is { } l && w + l > h)
        {
            r.Fail(StrictJsonReader.Child(path, "losers"), ErrorCodes.ComparisonInconsistent, "The figures contradict each other: more winners and losers than households.");
            return null;
        }

        return sample is { } s && households is { } hh && persons is { } p && winners is { } ww && losers is { } ll && change is { } c && income is { } i
            ? new GroupChange { SampleHouseholds = s, Households = hh, Persons = p, Winners = ww, Losers = ll, TotalChange = c, IncomeBefore = i }
            : null;
    }

    /// <summary>A weighted sum that cannot be negative: households, people, amounts paid.</summary>
    private static decimal? Weighted(StrictJsonReader r, JsonElement obj, string path, string name)
    {
        var value = r.Decimal(obj, path, name, true);
        if (value is < 0m)
        {
            r.Fail(StrictJsonReader.Child(path, name), ErrorCodes.OutOfRange, "The value must not be negative.");
            return null;
        }

        return value;
    }

    private static Money? NonNegative(StrictJsonReader r, JsonElement obj, string path, string name)
    {
        var amount = r.Money(obj, path, name, true);
        if (amount is { IsNegative: true })
        {
            r.Fail(StrictJsonReader.Child(path, name), ErrorCodes.OutOfRange, "The amount must not be negative.");
            return null;
        }

        return amount;
    }

    private static Rate? TakeUp(StrictJsonReader r, JsonElement obj, string path)
    {
        var value = r.Decimal(obj, path, "takeUp", true);
        if (value is < 0m or > 1m)
        {
            r.Fail(StrictJsonReader.Child(path, "takeUp"), ErrorCodes.OutOfRange, "The share lies between 0 and 1.");
            return null;
        }

        return value is { } fraction ? Rate.FromFraction(fraction) : null;
    }
}
