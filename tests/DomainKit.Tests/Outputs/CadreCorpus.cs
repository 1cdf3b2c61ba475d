using System.Collections.Immutable;
using System.Text.Json.Nodes;
using DomainKit.Cadres;
using NodaTime;

namespace DomainKit.Tests.Outputs;

/// <summary>
/// The fixed inputs of the cadre approval tests. The records are drawn from a seeded generator, so they are the same
/// on every run, and span every grade, vote, rating, sanction, mistake and adjustment the rules read.
/// </summary>
internal static class CadreCorpus
{
    private static readonly LocalDate Epoch = new(2019, 1, 1);

    public static IReadOnlyList<CadreRecord> Records(int count)
    {
        var random = new Random(20261128);
        var records = new List<CadreRecord>();
        for (var n = 0; n < count; n++)
        {
            T Pick<T>(T[] values) => values[random.Next(values.Length)];
            int[] Years(int from, int to) => [.. Enumerable.Range(from, to - from + 1).Where(_ => random.Next(3) > 0)];
            LocalDate Day() => Epoch.PlusDays(random.Next(7 * 365));
            var grades = Enum.GetValues<AssessmentGrade>();
            var mistakes = Enumerable.Range(0, random.Next(3)).Select(i => (Id: $"m-{i}", On: Day())).ToList();
            records.Add(new CadreRecord
            {
                Id = $"cadre-{n:00}",
                PrincipalLeader = random.Next(2) == 0,
                Assessments = [.. Years(2019, 2025).Select(y => new AnnualAssessment(y, Pick(grades)))],
                KeyProjects = [.. Years(2024, 2025).Select(y => new KeyProjectAssessment(y, random.Next(1, 5), $"project-{random.Next(3)}", Pick(grades)))],
                Indicators = [.. Years(2023, 2025).SelectMany(y => new[]
                {
                    new IndicatorResult(y, "output", 100, random.Next(0, 160)),
                    new IndicatorResult(y, "incidents", 4, random.Next(0, 9)),
                }.Where(_ => random.Next(5) > 0))],
                Appraisals = [.. Years(2023, 2025).Select(y => Votes(random, y))],
                UnitRatings = [.. Years(2021, 2025).Select(y => new UnitRatingRecord(y, Pick(Enum.GetValues<UnitRating>())))],
                Sanctions = [.. Enumerable.Range(0, random.Next(3)).Select(_ => new Sanction(Pick(Enum.GetValues<SanctionKind>()), Day()))],
                ToleratedMistakes = [.. mistakes.Select(m => new ToleratedMistake(m.Id, m.On, Pick(new[] { ToleranceOutcome.Exempted, ToleranceOutcome.Mitigated })))],
                Corrections = [.. mistakes.Select(m => Correction(random, m.Id, m.On))],
                Adjustments = [.. Enumerable.Range(0, random.Next(2)).Select(_ => new Adjustment(Day(), Pick(Enum.GetValues<AdjustmentMethod>()), random.Next(2) == 0))],
            });
        }

        return records;
    }

    public static IEnumerable<(string Name, ToleranceApplication Application)> Applications()
    {
        var complete = new ToleranceApplication
        {
            Id = "ft-1",
            MistakeOn = new LocalDate(2025, 9, 1),
            InPerformanceOfDuties = true,
            Distinctions = Enum.GetValues<ToleranceDistinction>().ToImmutableDictionary(d => d, _ => true),
            Boundaries = Enum.GetValues<ToleranceBoundary>().ToImmutableDictionary(b => b, _ => true),
            Factors = Enum.GetValues<ToleranceFactor>().ToImmutableDictionary(f => f, _ => FactorWeight.Favourable),
        };
        yield return ("base", complete);
        yield return ("outside duties", complete with { InPerformanceOfDuties = false });
        foreach (var distinction in Enum.GetValues<ToleranceDistinction>())
        {
            yield return ($"distinction {distinction} fails", complete with { Distinctions = complete.Distinctions.SetItem(distinction, false) });
        }

        foreach (var boundary in Enum.GetValues<ToleranceBoundary>())
        {
            yield return ($"boundary {boundary} fails", complete with { Boundaries = complete.Boundaries.SetItem(boundary, false) });
        }

        foreach (var factor in Enum.GetValues<ToleranceFactor>())
        {
            yield return ($"factor {factor} unfavourable", complete with { Factors = complete.Factors.SetItem(factor, FactorWeight.Unfavourable) });
            yield return ($"factor {factor} neutral", complete with { Factors = complete.Factors.SetItem(factor, FactorWeight.Neutral) });
        }

        for (var unfavourable = 2; unfavourable <= 6; unfavourable++)
        {
            var count = unfavourable;
            yield return ($"{count} unfavourable factors", complete with { Factors = complete.Factors.ToImmutableDictionary(f => f.Key, f => (int)f.Key <= count ? FactorWeight.Unfavourable : FactorWeight.Neutral) });
        }

        foreach (var exclusion in Enum.GetValues<ToleranceExclusion>())
        {
            yield return ($"exclusion {exclusion}", complete with { Exclusions = EnumSets.Of(exclusion) });
        }

        yield return ("every exclusion", complete with { Exclusions = EnumSets.Of(Enum.GetValues<ToleranceExclusion>()) });
        yield return ("no ID", complete with { Id = " " });
        yield return ("a 64-character ID", complete with { Id = new string('f', 64) });
        yield return ("a 65-character ID", complete with { Id = new string('f', 65) });
        yield return ("no findings", complete with { Distinctions = ImmutableDictionary<ToleranceDistinction, bool>.Empty, Boundaries = ImmutableDictionary<ToleranceBoundary, bool>.Empty, Factors = ImmutableDictionary<ToleranceFactor, FactorWeight>.Empty });
        yield return ("null findings", complete with { Distinctions = null!, Boundaries = null!, Factors = null! });
        yield return ("an unknown distinction", complete with { Distinctions = complete.Distinctions.Add((ToleranceDistinction)9, true) });
        yield return ("an unknown boundary", complete with { Boundaries = complete.Boundaries.Add((ToleranceBoundary)9, true) });
        yield return ("an unknown factor weight", complete with { Factors = complete.Factors.SetItem(ToleranceFactor.Consequences, (FactorWeight)9) });
        yield return ("an unknown factor", complete with { Factors = complete.Factors.Add((ToleranceFactor)9, FactorWeight.Neutral) });
    }

    public static IEnumerable<(string Name, ProcedureEntry Entry)> ProcedureEntries()
    {
        static ProcedureEntry Entry(ProcedureStep step, int day, EvidenceSource? source = null, AdjustmentMethod? method = null, string staff = "org-3", string? reference = null) =>
            new(step, staff, new LocalDate(2026, 3, day), reference ?? $"file 2026-{(int)step}", source, method);

        yield return ("analysis first", Entry(ProcedureStep.Analysis, 2));
        yield return ("evidence without a source", Entry(ProcedureStep.Evidence, 2));
        yield return ("evidence without a staff ID", Entry(ProcedureStep.Evidence, 2, EvidenceSource.Audit, staff: " "));
        yield return ("evidence with a 65-character staff ID", Entry(ProcedureStep.Evidence, 2, EvidenceSource.Audit, staff: new string('s', 65)));
        yield return ("evidence without a reference", Entry(ProcedureStep.Evidence, 2, EvidenceSource.Audit, reference: ""));
        yield return ("evidence with a 201-character reference", Entry(ProcedureStep.Evidence, 2, EvidenceSource.Audit, reference: new string('r', 201)));
        yield return ("evidence with a 64-character staff ID and a 200-character reference", Entry(ProcedureStep.Evidence, 2, EvidenceSource.Audit, staff: new string('s', 64), reference: new string('r', 200)));
        yield return ("analysis", Entry(ProcedureStep.Analysis, 4));
        yield return ("proposal dated backwards", Entry(ProcedureStep.Proposal, 3, method: AdjustmentMethod.Transfer));
        yield return ("proposal without a method", Entry(ProcedureStep.Proposal, 6));
        yield return ("proposal of removal, not on the list", Entry(ProcedureStep.Proposal, 6, method: AdjustmentMethod.Removal));
        yield return ("proposal", Entry(ProcedureStep.Proposal, 6, method: AdjustmentMethod.NonLeadingPost));
        yield return ("talk", Entry(ProcedureStep.Talk, 9));
        yield return ("decision on the same day", Entry(ProcedureStep.Decision, 9));
        yield return ("record", Entry(ProcedureStep.Record, 12));
        yield return ("a step after the last", Entry(ProcedureStep.Record, 13));
    }

    public static IEnumerable<(string Name, AssessmentGrade[] Grades)> ProposedGrades()
    {
        var e = AssessmentGrade.Excellent;
        var c = AssessmentGrade.Competent;
        yield return ("none", []);
        yield return ("one excellent alone", [e]);
        yield return ("two of ten excellent", [e, e, c, c, c, c, c, c, c, c]);
        yield return ("three of ten excellent", [e, e, e, c, c, c, c, c, c, c]);
        yield return ("one excellent of five", [e, c, c, AssessmentGrade.BasicallyCompetent, AssessmentGrade.Incompetent]);
        yield return ("an unknown grade", [e, c, (AssessmentGrade)9]);
    }

    public static IEnumerable<(string Name, CadreRecord Record)> BadRecords()
    {
        var valid = Records(1)[0] with { Id = "cadre-v" };
        var on = new LocalDate(2025, 5, 1);
        yield return ("valid, lists out of order", valid with
        {
            Assessments = [new(2025, AssessmentGrade.Competent), new(2023, AssessmentGrade.Excellent), new(2024, AssessmentGrade.Competent)],
            KeyProjects = [new(2025, 2, "b", AssessmentGrade.Competent), new(2025, 2, "a", AssessmentGrade.Competent), new(2025, 1, "c", AssessmentGrade.Competent), new(2024, 4, "d", AssessmentGrade.Competent)],
            Indicators = [new(2025, "b", 1, 1), new(2025, "a", 1, 1), new(2024, "c", 1, 1)],
            Appraisals = [new(2025, 1, 0, 0, 0, 1), new(2024, 1, 0, 0, 0, 1)],
            UnitRatings = [new(2025, UnitRating.Good), new(2024, UnitRating.Poor)],
            Sanctions = [new(SanctionKind.Warning, on), new(SanctionKind.Demerit, on.PlusDays(-30))],
            ToleratedMistakes = [new("m-2", on, ToleranceOutcome.Exempted), new("m-1", on.PlusDays(-9), ToleranceOutcome.Mitigated)],
            Corrections = [new("m-2", on, on.PlusDays(10)), new("m-1", on.PlusDays(-9), on.PlusDays(-9), CorrectionOutcome.Corrected, on.PlusDays(-9))],
            Adjustments = [new(on, AdjustmentMethod.Transfer, false), new(on.PlusDays(-400), AdjustmentMethod.Demotion, true)],
        });
        yield return ("valid, default lists", new CadreRecord { Id = "cadre-d", Assessments = default, Sanctions = default });
        yield return ("no ID", valid with { Id = "" });
        yield return ("a blank ID", valid with { Id = "  " });
        yield return ("a 64-character ID", valid with { Id = new string('i', 64) });
        yield return ("a 65-character ID", valid with { Id = new string('i', 65) });
        foreach (var (list, record) in OverLong(valid))
        {
            yield return ($"{Cadre.MaxEntries + 1} {list}", record);
        }

        yield return ($"{Cadre.MaxEntries} key projects", valid with { KeyProjects = [.. Enumerable.Range(0, Cadre.MaxEntries).Select(i => new KeyProjectAssessment(2025, 1, $"p{i}", AssessmentGrade.Competent))] });
        yield return ("null entries", valid with { Assessments = [null!], KeyProjects = [null!], Indicators = [null!], Appraisals = [null!], UnitRatings = [null!], Sanctions = [null!], ToleratedMistakes = [null!], Corrections = [null!], Adjustments = [null!] });
        yield return ("years out of range", WithYears(valid, Cadre.EarliestYear - 1, Cadre.LatestYear + 1));
        yield return ("years at the limits", WithYears(valid, Cadre.EarliestYear, Cadre.LatestYear));
        yield return ("unknown grades and kinds", valid with
        {
            Assessments = [new(2025, (AssessmentGrade)9)],
            KeyProjects = [new(2025, 1, "p", (AssessmentGrade)0)],
            UnitRatings = [new(2025, (UnitRating)9)],
            Sanctions = [new((SanctionKind)9, on)],
            ToleratedMistakes = [new("m-1", on, ToleranceOutcome.NotTolerated)],
            Corrections = [new("m-1", on, on.PlusDays(5), (CorrectionOutcome)9, on.PlusDays(6))],
            Adjustments = [new(on, (AdjustmentMethod)9, false)],
        });
        yield return ("key project quarters 0 and 5, bad project IDs", valid with
        {
            KeyProjects = [new(2025, 0, "p", AssessmentGrade.Competent), new(2025, 5, "q", AssessmentGrade.Competent), new(2025, 1, " ", AssessmentGrade.Competent), new(2025, 2, new string('p', 65), AssessmentGrade.Competent), new(2025, 3, new string('p', 64), AssessmentGrade.Competent)],
        });
        yield return ("indicator figures out of range", valid with
        {
            Indicators = [new(2025, "a", 0, 1), new(2025, "b", 1_000_000_000_000m, 1), new(2025, "c", 1, -0.01m), new(2025, "d", 1, 1_000_000_000_000m), new(2025, " ", 1, 1), new(2025, new string('x', 65), 1, 1), new(2025, "e", 0.01m, 0)],
        });
        yield return ("votes", valid with
        {
            Appraisals = [new(2021, -1, 1, 0, 0, 0), new(2022, 0, -1, 1, 0, 0), new(2023, 0, 0, -1, 1, 0), new(2024, 0, 0, 0, -1, -1), new(2025, 0, 0, 0, 0, 0), new(2026, 1, 1, 1, 1, 5), new(2027, 0, 0, 0, 1_000_001, 1_000_001), new(2028, 0, 0, 0, 1_000_000, 1_000_000)],
        });
        yield return ("duplicates", valid with
        {
            Assessments = [new(2025, AssessmentGrade.Competent), new(2025, AssessmentGrade.Competent)],
            KeyProjects = [new(2025, 1, "p", AssessmentGrade.Competent), new(2025, 1, "p", AssessmentGrade.Excellent), new(2025, 2, "p", AssessmentGrade.Excellent), new(2025, 1, "q", AssessmentGrade.Excellent)],
            Indicators = [new(2025, "i", 1, 1), new(2025, "i", 2, 2), new(2024, "i", 1, 1)],
            Appraisals = [new(2025, 1, 0, 0, 0, 1), new(2025, 1, 0, 0, 0, 1)],
            UnitRatings = [new(2025, UnitRating.Good), new(2025, UnitRating.Good), new(2024, UnitRating.Good)],
            ToleratedMistakes = [new("m-1", on, ToleranceOutcome.Exempted), new("m-1", on, ToleranceOutcome.Exempted)],
            Corrections = [],
        });
        yield return ("dates out of range", valid with
        {
            Sanctions = [new(SanctionKind.Warning, new LocalDate(1948, 12, 31)), new(SanctionKind.Warning, new LocalDate(2201, 1, 1)), new(SanctionKind.Warning, new LocalDate(1949, 1, 1)), new(SanctionKind.Warning, new LocalDate(2200, 12, 31))],
            ToleratedMistakes = [new("m-1", new LocalDate(2025, 1, 1, CalendarSystem.Julian), ToleranceOutcome.Exempted)],
            Corrections = [new("m-1", new LocalDate(1948, 1, 1), new LocalDate(2201, 1, 1))],
            Adjustments = [new(new LocalDate(2201, 1, 1), AdjustmentMethod.Transfer, false)],
        });
        yield return ("correction dates", valid with
        {
            ToleratedMistakes = [new("m-1", on, ToleranceOutcome.Exempted)],
            Corrections =
            [
                new("m-1", on, on.PlusDays(-1)),
                new("m-1", on, on, CorrectionOutcome.Corrected, null),
                new("m-1", on, on, null, on),
                new("m-1", on, on, CorrectionOutcome.Corrected, on.PlusDays(-1)),
                new("m-1", on, on, CorrectionOutcome.NotCorrected, new LocalDate(2201, 1, 1)),
                new("m-1", on, on, CorrectionOutcome.Corrected, on),
                new("m-9", on, on),
                new("m-1", on, new LocalDate(2201, 1, 1)),
            ],
        });
    }

    public static IEnumerable<(string Name, string Json)> BadDocuments()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Repository", "examples", "cadre.json")))!.AsObject();
        sample["keyProjects"]!.AsArray()[0]!["projectId"] = "river-road";
        sample["adjustments"] = new JsonArray(new JsonObject { ["on"] = "2024-01-02", ["method"] = "transfer", ["forAccountability"] = true }, new JsonObject { ["on"] = "2023-01-02", ["method"] = "demotion" });
        yield return ("the sample", sample.ToJsonString());
        yield return ("another schema", With(sample, "schema", "domainkit/cadre@2"));
        yield return ("no schema", Without(sample, "schema"));
        yield return ("no principal leader", Without(sample, "principalLeader"));
        yield return ("no lists", new JsonObject { ["schema"] = "domainkit/cadre@1", ["id"] = "cadre-1" }.ToJsonString());
        yield return ("no ID", Without(sample, "id"));
        foreach (var (list, property) in new[]
        {
            ("assessments", "year"), ("assessments", "grade"),
            ("keyProjects", "year"), ("keyProjects", "quarter"), ("keyProjects", "projectId"), ("keyProjects", "grade"),
            ("indicators", "year"), ("indicators", "indicatorId"), ("indicators", "target"), ("indicators", "actual"),
            ("appraisals", "year"), ("appraisals", "excellent"), ("appraisals", "competent"), ("appraisals", "basicallyCompetent"), ("appraisals", "incompetent"), ("appraisals", "cast"),
            ("unitRatings", "year"), ("unitRatings", "rating"),
            ("sanctions", "kind"), ("sanctions", "imposedOn"),
            ("toleratedMistakes", "id"), ("toleratedMistakes", "decidedOn"), ("toleratedMistakes", "outcome"),
            ("corrections", "mistakeId"), ("corrections", "orderedOn"), ("corrections", "deadline"), ("corrections", "outcome"), ("corrections", "followedUpOn"),
            ("adjustments", "on"), ("adjustments", "method"), ("adjustments", "forAccountability"),
        })
        {
            var copy = sample.DeepClone().AsObject();
            copy[list]!.AsArray()[0]!.AsObject().Remove(property);
            yield return ($"{list}[0] without {property}", copy.ToJsonString());
        }

        var unknown = sample.DeepClone().AsObject();
        unknown["adjustments"]!.AsArray()[0]!["reason"] = "x";
        yield return ("an adjustment with an unknown property", unknown.ToJsonString());
        var votes = sample.DeepClone().AsObject();
        votes["appraisals"]!.AsArray()[0]!["incompetent"] = -1_000_001;
        yield return ("votes below the range", votes.ToJsonString());
    }

    private static IEnumerable<(string List, CadreRecord Record)> OverLong(CadreRecord valid)
    {
        var n = Cadre.MaxEntries + 1;
        var on = new LocalDate(2025, 5, 1);
        yield return ("assessments", valid with { Assessments = [.. Enumerable.Range(0, n).Select(i => new AnnualAssessment(1949 + (i % 250), AssessmentGrade.Competent))] });
        yield return ("key projects", valid with { KeyProjects = [.. Enumerable.Range(0, n).Select(i => new KeyProjectAssessment(2025, 1, $"p{i}", AssessmentGrade.Competent))] });
        yield return ("indicators", valid with { Indicators = [.. Enumerable.Range(0, n).Select(i => new IndicatorResult(2025, $"i{i}", 1, 1))] });
        yield return ("appraisals", valid with { Appraisals = [.. Enumerable.Range(0, n).Select(i => new AppraisalVotes(1949 + (i % 250), 1, 0, 0, 0, 1))] });
        yield return ("unit ratings", valid with { UnitRatings = [.. Enumerable.Range(0, n).Select(i => new UnitRatingRecord(1949 + (i % 250), UnitRating.Good))] });
        yield return ("sanctions", valid with { Sanctions = [.. Enumerable.Range(0, n).Select(_ => new Sanction(SanctionKind.Warning, on))] });
        yield return ("tolerated mistakes", valid with { ToleratedMistakes = [.. Enumerable.Range(0, n).Select(i => new ToleratedMistake($"m{i}", on, ToleranceOutcome.Exempted))], Corrections = [] });
        yield return ("corrections", valid with { ToleratedMistakes = [new("m", on, ToleranceOutcome.Exempted)], Corrections = [.. Enumerable.Range(0, n).Select(_ => new CorrectionOrder("m", on, on))] });
        yield return ("adjustments", valid with { Adjustments = [.. Enumerable.Range(0, n).Select(_ => new Adjustment(on, AdjustmentMethod.Transfer, false))] });
    }

    // Every list that carries a year, given the earliest or the latest of two years.
    private static CadreRecord WithYears(CadreRecord record, int early, int late) => record with
    {
        Assessments = [new(early, AssessmentGrade.Competent), new(late, AssessmentGrade.Competent)],
        KeyProjects = [new(early, 1, "p", AssessmentGrade.Competent)],
        Indicators = [new(late, "i", 1, 1)],
        Appraisals = [new(early, 1, 0, 0, 0, 1)],
        UnitRatings = [new(late, UnitRating.Good)],
    };

    private static AppraisalVotes Votes(Random random, int year)
    {
        var counts = new[] { random.Next(0, 40), random.Next(0, 60), random.Next(0, 30), random.Next(0, 30) };
        if (counts.Sum() == 0)
        {
            counts[1] = 1;
        }

        return new AppraisalVotes(year, counts[0], counts[1], counts[2], counts[3], counts.Sum());
    }

    private static CorrectionOrder Correction(Random random, string id, LocalDate on) => random.Next(3) switch
    {
        0 => new CorrectionOrder(id, on, on.PlusDays(20)),
        1 => new CorrectionOrder(id, on, on.PlusDays(20), CorrectionOutcome.Corrected, on.PlusDays(15)),
        _ => new CorrectionOrder(id, on, on.PlusDays(20), CorrectionOutcome.NotCorrected, on.PlusDays(21)),
    };

    private static string With(JsonObject sample, string property, string value)
    {
        var copy = sample.DeepClone().AsObject();
        copy[property] = value;
        return copy.ToJsonString();
    }

    private static string Without(JsonObject sample, string property)
    {
        var copy = sample.DeepClone().AsObject();
        copy.Remove(property);
        return copy.ToJsonString();
    }
}
