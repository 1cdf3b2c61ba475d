using System.Collections.Immutable;
using DomainKit.Cadres;
using DomainKit.Policies;
using DomainKit.Tests.Cadres;
using NodaTime;

namespace DomainKit.Tests.Outputs;

/// <summary>
/// Every cadre mechanism over a fixed corpus, compared with its reviewed output: year consequences, step-down
/// reviews, incentive assessments, promotion bars and the able ones' ranking for 40 varied cadres; the tolerance
/// decision for each finding changed on its own; the step-down procedure step by step; the excellent quota; and the
/// errors, paths, codes and messages, for every kind of bad record, bad JSON and bad application.
/// </summary>
public class CadreOutputsTest
{
    private static readonly LocalDate From = new(2014, 5, 1);
    private static readonly LocalDate DecisionDate = new(2026, 3, 1);
    private static readonly Provenance Local = Provenance.Illustrative("Test values for the parameters no source settles");

    private static readonly CadreTerms Terms = CadreTerms.Resolve(
        CadreIncentiveTest.Policy
            .With(CadreParameters.ExcellentQuotaRounding, QuotaRounding.HalfUp, From, Local)
            .With(CadreParameters.CorrectionDeadlineWorkingDays, 10, From, Local),
        DecisionDate).Value;

    [Fact]
    public void CadreYears_AreAssessedAsApproved()
    {
        var output = new OutputWriter();
        var cadres = CadreCorpus.Records(40).Select(r => Cadre.Create(r).Value).ToList();
        foreach (var cadre in cadres)
        {
            output.Case(cadre.Id);
            output.Value("bars", Promotion.Bars(cadre, Terms).Select(b => $"{b.Kind} {b.RuleId} {b.From:uuuu-MM-dd}..{b.Until:uuuu-MM-dd}"));
            output.Value("bars on decision date", Promotion.BarsOn(cadre, DecisionDate, Terms).Select(b => b.Kind));
            foreach (var year in new[] { 2023, 2024, 2025 })
            {
                output.Line($"# {year}");
                var consequences = Assessment.Consequences(cadre, year, Terms);
                if (output.Errors(consequences))
                {
                    output.Value("grade", consequences.Value.Grade);
                    output.Value("years running", consequences.Value.YearsRunning);
                    output.Value("consequences", consequences.Value.Consequences);
                    output.Explanation(consequences.Value.Explanation);
                }

                var review = StepDown.Review(cadre, year, Terms);
                output.Value("steps down", review.StepsDown);
                output.Value("findings", review.Findings.Select(f => $"{f.Trigger}/{f.Category}/{f.RuleId}: {f.Evidence}"));
                output.Value("methods", review.Methods);
                output.Explanation(review.Explanation);

                var incentive = Incentive.Assess(cadre, year, DecisionDate, Terms);
                if (output.Errors(incentive))
                {
                    var value = incentive.Value;
                    output.Value("composite", value.Composite);
                    output.Value("grade points", value.GradePoints);
                    output.Value("quantitative", value.QuantitativeScore);
                    output.Value("recommendations", value.Recommendations.Select(r => $"{r.Measure} {r.RuleId}: {r.Evidence}"));
                    output.Value("promotion", value.RecommendedForPromotion);
                    output.Value("promotion bars", value.PromotionBars.Select(b => b.Kind));
                    output.Value("step-down triggers", value.StepDownTriggers.Select(t => t.Trigger));
                    output.Explanation(value.Explanation, chinese: cadre.Id.EndsWith('0'));
                }
            }
        }

        output.Case("able ones go up, 2025");
        var ranked = Incentive.AbleOnesGoUp(cadres, 2025, DecisionDate, Terms);
        if (output.Errors(ranked))
        {
            output.Value("ranked", ranked.Value.Select(r => $"{r.CadreId} {r.Assessment.Composite}"));
        }

        ApprovedText.Verify("cadre-years", output.ToString());
    }

    [Fact]
    public void ToleranceAndCorrection_AreDecidedAsApproved()
    {
        var output = new OutputWriter();
        var calendar = WorkingDayCalendar.MondayToFriday;
        foreach (var (name, application) in CadreCorpus.Applications())
        {
            output.Case(name);
            var decision = Tolerance.Decide(application, Terms);
            if (!output.Errors(decision))
            {
                continue;
            }

            output.Value("outcome", decision.Value.Outcome);
            output.Value("tolerated", decision.Value.Tolerated);
            output.Value("unfavourable factors", decision.Value.UnfavourableFactors);
            output.Explanation(decision.Value.Explanation, chinese: name == "base");
            var order = Tolerance.OrderCorrection(decision.Value, new LocalDate(2026, 3, 6), calendar, Terms);
            if (output.Errors(order))
            {
                output.Value("correction", order.Value);
            }
        }

        ApprovedText.Verify("tolerance", output.ToString());
    }

    [Fact]
    public void StepDownProcedures_AndQuotas_AreAsApproved()
    {
        var output = new OutputWriter();
        var cadre = Cadre.Create(new CadreRecord
        {
            Id = "cadre-p",
            Assessments = [new(2025, AssessmentGrade.Incompetent)],
            Sanctions = [new(SanctionKind.DemotionOrRemoval, new LocalDate(2025, 6, 1))],
        }).Value;
        var review = StepDown.Review(cadre, 2025, Terms);
        foreach (var (name, cadreId) in new[] { ("start", "cadre-p"), ("start without an ID", " "), ("start with a 65-character ID", new string('c', 65)), ("start with a 64-character ID", new string('c', 64)) })
        {
            output.Case(name);
            if (output.Errors(StepDownProcedure.Start(cadreId, review)))
            {
                output.Line("started");
            }
        }

        output.Case("start without a trigger");
        output.Errors(StepDownProcedure.Start("cadre-p", StepDown.Review(cadre, 2024, Terms)));

        var procedure = StepDownProcedure.Start("cadre-p", review).Value;
        output.Case("adjustment before the end");
        output.Errors(procedure.Adjustment());
        foreach (var (name, entry) in CadreCorpus.ProcedureEntries())
        {
            output.Case(name);
            output.Value("next", procedure.Next);
            var taken = procedure.Take(entry);
            if (output.Errors(taken))
            {
                procedure = taken.Value;
                output.Value("entries", procedure.Entries.Length);
                output.Value("method", procedure.Method);
                output.Value("complete", procedure.IsComplete);
            }
        }

        output.Case("adjustment");
        var adjustment = procedure.Adjustment();
        if (output.Errors(adjustment))
        {
            output.Value("adjustment", adjustment.Value);
        }

        foreach (var assessed in new[] { -1, 0, 1, 2, 3, 4, 5, 7, 10, 11, 12, 13, 1_000_000, 1_000_001 })
        {
            output.Case($"quota of {assessed}");
            var quota = ExcellentQuota.For(assessed, Terms);
            if (output.Errors(quota))
            {
                output.Value("quota", quota.Value);
            }
        }

        foreach (var (name, grades) in CadreCorpus.ProposedGrades())
        {
            output.Case($"quota check: {name}");
            var check = ExcellentQuota.Check(grades, Terms);
            if (output.Errors(check))
            {
                output.Value("assessed", check.Value.Assessed);
                output.Value("quota", check.Value.Quota);
                output.Value("proposed excellent", check.Value.ProposedExcellent);
                output.Explanation(check.Value.Explanation, chinese: true);
            }
        }

        ApprovedText.Verify("step-down-and-quota", output.ToString());
    }

    [Fact]
    public void BadRecordsAndDocuments_AreRefusedAsApproved()
    {
        var output = new OutputWriter();
        foreach (var (name, record) in CadreCorpus.BadRecords())
        {
            output.Case($"record: {name}");
            var cadre = Cadre.Create(record);
            if (output.Errors(cadre))
            {
                Accepted(output, cadre.Value);
            }
        }

        foreach (var (name, json) in CadreCorpus.BadDocuments())
        {
            output.Case($"json: {name}");
            var cadre = CadreJson.Parse(json);
            if (output.Errors(cadre))
            {
                Accepted(output, cadre.Value);
            }
        }

        ApprovedText.Verify("cadre-errors", output.ToString());
    }

    [Fact]
    public void IncentiveTablesAndTerms_AreBuiltOrRefusedAsApproved()
    {
        var output = new OutputWriter();
        foreach (var (name, points) in new (string, decimal[])[]
        {
            ("descending", [100, 85, 60, 0]), ("all equal", [50, 50, 50, 50]), ("a worse grade scores more", [100, 85, 86, 0]),
            ("the last scores more", [100, 85, 60, 61]), ("below zero", [100, 85, 60, -1]), ("above 100", [101, 85, 60, 0]), ("at the limits", [100, 100, 0, 0]),
        })
        {
            output.Case($"grade points: {name}");
            var created = GradePoints.Create(points[0], points[1], points[2], points[3]);
            if (output.Errors(created))
            {
                output.Value("points", created.Value.ToString());
                output.Value("equal to itself rebuilt", created.Value.Equals(GradePoints.Create(points[0], points[1], points[2], points[3]).Value));
                output.Value("equal to another", created.Value.Equals(GradePoints.Create(100, 90, 60, 0).Value));
                output.Value("equal to nothing", created.Value.Equals(null));
            }
        }

        foreach (var (name, indicators) in new (string, IndicatorDefinition[])[]
        {
            ("two", [new("output", Rate.Percent(60), true), new("incidents", Rate.Percent(40), false)]),
            ("given out of order", [new("b", Rate.Percent(50), true), new("a", Rate.Percent(50), true)]),
            ("one at 100%", [new("only", Rate.Percent(100), true)]),
            ("none", []),
            ("a null entry", [null!, new("a", Rate.Percent(100), true)]),
            ("a blank ID", [new(" ", Rate.Percent(100), true)]),
            ("a 64-character ID", [new(new string('x', 64), Rate.Percent(100), true)]),
            ("a 65-character ID", [new(new string('x', 65), Rate.Percent(100), true)]),
            ("a duplicate", [new("a", Rate.Percent(50), true), new("a", Rate.Percent(50), true)]),
            ("a zero weight", [new("a", Rate.Zero, true), new("b", Rate.Percent(100), true)]),
            ("a weight over 100%", [new("a", Rate.Percent(101), true)]),
            ("weights short of 100%", [new("a", Rate.Percent(50), true), new("b", Rate.Percent(49), true)]),
        })
        {
            output.Case($"indicators: {name}");
            var created = IndicatorSet.Create(indicators);
            if (output.Errors(created))
            {
                output.Value("set", created.Value.ToString());
                output.Value("ids in order", created.Value.Indicators.Select(i => i.Id));
                output.Value("equal to itself rebuilt", created.Value.Equals(IndicatorSet.Create(indicators).Value));
                output.Value("equal to another", created.Value.Equals(IndicatorSet.Create([new("other", Rate.Percent(100), true)]).Value));
                output.Value("equal to nothing", created.Value.Equals(null));
            }
        }

        foreach (var (name, policy, date) in new[]
        {
            ("Shaanxi 2016 before it took effect", PolicySets.Shaanxi2016, new LocalDate(2000, 1, 1)),
            ("the national baseline", PolicySets.NationalBaseline, DecisionDate),
            ("Shaanxi 2016", PolicySets.Shaanxi2016, DecisionDate),
        })
        {
            output.Case($"terms: {name}");
            var terms = CadreTerms.Resolve(policy, date);
            if (output.Errors(terms))
            {
                output.Value("quota share", terms.Value.ExcellentQuotaShare.Value);
                output.Value("adjustment methods", terms.Value.AdjustmentMethods.Value);
            }
        }

        output.Case("quota check with an unknown grade first");
        output.Errors(ExcellentQuota.Check([(AssessmentGrade)9, AssessmentGrade.Competent], Terms));
        ApprovedText.Verify("incentive-tables-and-terms", output.ToString());
    }

    [Fact]
    public void ResultsWithTheSameFacts_AreEqual_AndDifferingOnesAreNot()
    {
        // Value equality compares what was decided; the explanation, a rendering of it, is left out.
        var cadre = Cadre.Create(CadreCorpus.Records(3)[2]).Value;
        Assert.Equal("cadre cadre-02", cadre.ToString());
        var consequences = Assessment.Consequences(cadre, 2025, Terms).Value;
        Assert.Equal(consequences, Assessment.Consequences(cadre, 2025, Terms).Value);
        Assert.Equal(consequences.GetHashCode(), Assessment.Consequences(cadre, 2025, Terms).Value.GetHashCode());
        Assert.NotEqual(consequences, consequences with { Year = 2024 });
        Assert.NotEqual(consequences, consequences with { Grade = consequences.Grade == AssessmentGrade.Excellent ? AssessmentGrade.Competent : AssessmentGrade.Excellent });
        Assert.NotEqual(consequences, consequences with { YearsRunning = consequences.YearsRunning + 1 });
        Assert.NotEqual(consequences, consequences with { Consequences = consequences.Consequences.Add(AssessmentConsequence.Dismissal) });
        Assert.False(consequences.Equals(null));

        var review = StepDown.Review(cadre, 2025, Terms);
        Assert.Equal(review, StepDown.Review(cadre, 2025, Terms));
        Assert.NotEqual(review, review with { Year = 2024 });
        Assert.NotEqual(review, review with { Findings = review.Findings.Add(new StepDownFinding(StepDownTrigger.Sanction, StepDownCategory.Derelict, "PD-06", "x")) });
        Assert.NotEqual(review, review with { Methods = [] });
        Assert.False(review.Equals(null));

        var incentive = Incentive.Assess(cadre, 2025, DecisionDate, Terms).Value;
        Assert.Equal(incentive, Incentive.Assess(cadre, 2025, DecisionDate, Terms).Value);
        Assert.NotEqual(incentive, incentive with { Year = 2024 });
        Assert.NotEqual(incentive, incentive with { Grade = incentive.Grade == AssessmentGrade.Excellent ? AssessmentGrade.Competent : AssessmentGrade.Excellent });
        Assert.NotEqual(incentive, incentive with { Composite = incentive.Composite + 1 });
        Assert.NotEqual(incentive, incentive with { PromotionBars = incentive.PromotionBars.Add(new PromotionBar(PromotionBarKind.SanctionPeriod, "CA-08", DecisionDate, DecisionDate.PlusDays(1))) });
        Assert.NotEqual(incentive, incentive with { StepDownTriggers = incentive.StepDownTriggers.Add(new StepDownFinding(StepDownTrigger.Sanction, StepDownCategory.Derelict, "PD-06", "x")) });
        Assert.NotEqual(incentive, incentive with { Recommendations = incentive.Recommendations.Add(new IncentiveRecommendation(IncentiveMeasure.Commendation, "SX-IN-01", "x")) });
        Assert.False(incentive.Equals(null));
    }

    private static void Accepted(OutputWriter output, Cadre cadre)
    {
        output.Line("accepted");
        output.Value("principal leader", cadre.PrincipalLeader);
        output.Value("assessments", cadre.Assessments);
        output.Value("key projects", cadre.KeyProjects.Length > 10 ? $"{cadre.KeyProjects.Length} entries" : cadre.KeyProjects);
        output.Value("indicators", cadre.Indicators);
        output.Value("appraisals", cadre.Appraisals);
        output.Value("unit ratings", cadre.UnitRatings);
        output.Value("sanctions", cadre.Sanctions);
        output.Value("tolerated mistakes", cadre.ToleratedMistakes);
        output.Value("corrections", cadre.Corrections);
        output.Value("adjustments", cadre.Adjustments);
    }
}
