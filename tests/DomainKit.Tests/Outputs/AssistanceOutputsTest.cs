using DomainKit.Assistance;
using DomainKit.Benchmarks.Engines;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace DomainKit.Tests.Outputs;

/// <summary>
/// Every assistance programme over a fixed corpus, compared with its reviewed output: for each household, which
/// programmes it qualifies for, each decision's figures and summary, and each explanation step's rule, outcome,
/// message, arguments, parameters and inputs. The corpus holds generated households under the Zhifu preset, households
/// with medical bills and temporary needs, the sample households under every bundled preset, and generated policy
/// sets that change every parameter the means test and dibao read.
/// </summary>
public class AssistanceOutputsTest
{
    private static readonly LocalDate Date = new(2026, 3, 1);

    [Fact]
    public void GeneratedHouseholds_AreDecidedAsApproved()
    {
        var output = new OutputWriter();
        var households = Gen.Sample(DomainArbitraries.HouseholdGen, 20, new Rnd(20261128), 40);
        for (var i = 0; i < households.Length; i++)
        {
            Entitlements(output, $"household {i}", HouseholdClaims.Of(households[i]), PolicySets.ZhifuPilot, i % 10 == 0);
        }

        ApprovedText.Verify("households", output.ToString());
    }

    [Fact]
    public void ClaimsWithBillsAndNeeds_AreDecidedAsApproved()
    {
        var output = new OutputWriter();
        var population = EnginePopulation.Create(25);
        for (var i = 0; i < population.Claims.Length; i++)
        {
            Entitlements(output, $"claims {i}", population.Claims[i], EngineRules.Policy(), i == 0);
        }

        ApprovedText.Verify("claims", output.ToString());
    }

    [Fact]
    public void SampleHouseholds_AreDecidedAsApproved_UnderEveryPreset()
    {
        var output = new OutputWriter();
        var examples = Path.Combine(AppContext.BaseDirectory, "Repository", "examples");
        foreach (var file in Directory.EnumerateFiles(examples, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name is "cadre.json" or "case-history.json" or "claims.json")
            {
                continue;
            }

            var household = HouseholdJson.Parse(File.ReadAllText(file));
            output.Case(name);
            if (!output.Errors(household))
            {
                continue;
            }

            foreach (var id in PolicySets.BundledIds)
            {
                Entitlements(output, $"{name} under {id}", HouseholdClaims.Of(household.Value), PolicySets.Bundled(id).Value, chinese: id == PolicySets.BundledIds[0]);
            }
        }

        ApprovedText.Verify("samples", output.ToString());
    }

    [Fact]
    public void GeneratedPolicies_DecideDibaoAsApproved()
    {
        var output = new OutputWriter();
        var seed = new Rnd(20261129);
        var policies = Gen.Sample(DomainArbitraries.PolicyGen, 20, seed, 20);
        var households = Gen.Sample(DomainArbitraries.HouseholdGen, 20, new Rnd(20261130), 20);
        for (var i = 0; i < policies.Length; i++)
        {
            output.Case($"policy {i}");
            var decision = Dibao.Decide(households[i], policies[i], Date);
            if (output.Errors(decision))
            {
                Decision(output, decision.Value, chinese: false);
            }
        }

        ApprovedText.Verify("policies", output.ToString());
    }

    [Fact]
    public void ClaimsForEveryProgramme_AreDecidedAsApproved_UnderBothExpenditureRules()
    {
        var output = new OutputWriter();
        foreach (var (i, name, policy, claims) in ProgrammePolicies.Corpus())
        {
            output.Case($"claims {i} under {name}");
            if (output.Errors(claims))
            {
                Entitlements(output, $"claims {i} decided", claims.Value, policy, chinese: i < 2, meansTestedToo: false);
            }
        }

        ApprovedText.Verify("programmes", output.ToString());
    }

    [Fact]
    public void DecisionsAtTheirEdges_AreAsApproved()
    {
        var output = new OutputWriter();
        foreach (var (name, decision) in EdgeCorpus.Decisions())
        {
            output.Case(name);
            if (output.Errors(decision))
            {
                Decision(output, decision.Value, chinese: false);
            }
        }

        ApprovedText.Verify("edges", output.ToString());
    }

    [Fact]
    public void HouseholdsBuiltInCode_AreCheckedAsApproved()
    {
        var output = new OutputWriter();
        foreach (var (name, members, assets, history) in HouseholdCorpus.Records())
        {
            output.Case($"record: {name}");
            var household = Household.Create(members, assets, history);
            if (output.Errors(household))
            {
                output.Line($"accepted: {OutputWriter.Compact(HouseholdJson.Write(household.Value))}");
            }
        }

        ApprovedText.Verify("household-errors", output.ToString());
    }

    [Fact]
    public void HouseholdDocuments_AreReadAsApproved()
    {
        var output = new OutputWriter();
        foreach (var (name, json) in HouseholdCorpus.Documents())
        {
            output.Case($"json: {name}");
            var household = HouseholdJson.Parse(json);
            if (output.Errors(household))
            {
                var written = OutputWriter.Compact(HouseholdJson.Write(household.Value));
                output.Line(written == json ? "accepted, and written back the same" : $"accepted as {written}");
            }
        }

        ApprovedText.Verify("household-documents", output.ToString());
    }

    private static void Entitlements(OutputWriter output, string name, HouseholdClaims claims, PolicySet policy, bool chinese, bool meansTestedToo = true)
    {
        output.Case(name);
        var entitlements = HouseholdAssessment.Decide(claims, policy, Date);
        if (!output.Errors(entitlements))
        {
            return;
        }

        var value = entitlements.Value;
        output.Value("qualifying", value.Qualifying);
        foreach (var (programme, errors) in value.NotSet.OrderBy(n => n.Key))
        {
            output.Value($"not set: {programme}", errors.Select(e => $"{e.Identifier} | {e.ErrorCode}"));
        }

        output.Line($"summary: {value.Summary(Language.English)}");
        // The programmes' corpus leaves out dibao, extreme poverty and margin, which the other corpora write in full.
        var decisions = meansTestedToo ? new List<AssistanceDecision> { value.Dibao, value.ExtremePoverty, value.Margin } : [];
        decisions.AddRange(value.Medical);
        decisions.AddRange(new AssistanceDecision?[] { value.Expenditure, value.Temporary, value.Education }.OfType<AssistanceDecision>());
        foreach (var decision in decisions)
        {
            Decision(output, decision, chinese);
        }
    }

    private static void Decision(OutputWriter output, AssistanceDecision decision, bool chinese)
    {
        output.Line($"# {decision.GetType().Name}: {decision.Summary(Language.English)}");
        if (chinese)
        {
            output.Line($"  zh: {decision.Summary(Language.ChineseSimplified)}");
        }

        output.Properties("figures", decision);
        if (decision.GetType().GetProperty("Assessment")?.GetValue(decision) is { } assessment)
        {
            output.Line($"assessment: {assessment}");
        }

        output.Explanation(decision.Explanation, chinese);
    }
}
