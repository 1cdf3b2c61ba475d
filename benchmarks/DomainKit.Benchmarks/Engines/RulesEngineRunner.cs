using RulesEngine.Models;

namespace DomainKit.Benchmarks.Engines;

/// <summary>
/// The shared rule set in Microsoft RulesEngine 6: one workflow of four lambda rules whose amounts come from
/// OutputExpression actions. The household is the input <c>c</c> and the dated thresholds the second input
/// <c>t</c>. One engine instance is shared, as RulesEngine's documentation advises. Three forms: default settings,
/// lean settings (no scoped parameters, formatted messages or exceptions as messages; the fast expression compiler),
/// and default settings with the conditions the rules share (the dibao line, the property test, dibao and margin)
/// factored once per household into the workflow's global parameters.
/// </summary>
public sealed class RulesEngineRunner
{
    public const string WorkflowName = "Assistance";

    // The conditions are spelled out in each rule: scoped parameters would share them, but the lean settings turn
    // scoped parameters off, and both settings run the same workflow.
    private const string Threshold = "(t.StandardMonthlyFen * t.WindowMonths * c.Members)";
    private const string Property = "(c.FinancialAssetsFen < t.AssetsMultiple * t.StandardMonthlyFen * 12 * c.Members && c.Homes <= t.MaxHomes)";
    private const string Dibao = "(c.IncomeFen < " + Threshold + " && " + Property + ")";
    private const string Margin = "(!" + Dibao + " && " + Property + " && c.IncomeFen < t.MarginMultiple * " + Threshold + ")";

    private readonly RulesEngine.RulesEngine engine;

    public RulesEngineRunner(bool lean, bool factored = false)
    {
        if (lean && factored)
        {
            throw new ArgumentException("The lean settings turn off the scoped parameters the factored workflow needs.", nameof(factored));
        }

        var settings = lean
            ? new ReSettings
            {
                CustomTypes = [typeof(Fen)],
                EnableFormattedErrorMessage = false,
                EnableScopedParams = false,
                EnableExceptionAsErrorMessage = false,
                IsExpressionCaseSensitive = true,
                UseFastExpressionCompiler = true,
            }
            : new ReSettings { CustomTypes = [typeof(Fen)] };
        engine = new RulesEngine.RulesEngine([factored ? FactoredWorkflow() : Workflow()], settings);
    }

    /// <summary>The same four rules reading the shared conditions from global parameters, each evaluated once per execution.</summary>
    public static Workflow FactoredWorkflow() => new()
    {
        WorkflowName = WorkflowName,
        GlobalParams =
        [
            new ScopedParam { Name = "threshold", Expression = Threshold },
            new ScopedParam { Name = "property", Expression = Property },
            new ScopedParam { Name = "dibao", Expression = "c.IncomeFen < threshold && property" },
            new ScopedParam { Name = "margin", Expression = "!dibao && property && c.IncomeFen < t.MarginMultiple * threshold" },
        ],
        Rules =
        [
            Rule("Dibao", "dibao", "Fen.Divide(threshold - c.IncomeFen, t.WindowMonths)", "Not eligible for dibao."),
            Rule("Margin", "margin", "0L", "Not a margin household."),
            Rule(
                "Medical",
                "c.HasBill && (dibao || margin)",
                "dibao ? Math.Min(Fen.Divide(Math.Max(0L, c.BillFen - t.DibaoDeductibleFen) * t.DibaoRatioBasisPoints, 10000L), t.DibaoCapFen)"
                    + " : Math.Min(Fen.Divide(Math.Max(0L, c.BillFen - t.MarginDeductibleFen) * t.MarginRatioBasisPoints, 10000L), t.MarginCapFen)",
                "No medical assistance."),
            Rule(
                "Temporary",
                "c.HasTemporary",
                "Math.Min(Fen.Round((dibao ? (c.TemporarySerious ? t.TemporaryMonthsDibaoSerious : t.TemporaryMonthsDibaoModerate)"
                    + " : (c.TemporarySerious ? t.TemporaryMonthsOtherSerious : t.TemporaryMonthsOtherModerate)) * t.StandardMonthlyFen * c.Members), t.TemporaryCapFen)",
                "No temporary assistance requested."),
        ],
    };

    public static Workflow Workflow() => new()
    {
        WorkflowName = WorkflowName,
        Rules =
        [
            Rule("Dibao", Dibao, "Fen.Divide(" + Threshold + " - c.IncomeFen, t.WindowMonths)", "Not eligible for dibao."),
            Rule("Margin", Margin, "0L", "Not a margin household."),
            Rule(
                "Medical",
                "c.HasBill && (" + Dibao + " || " + Margin + ")",
                Dibao + " ? Math.Min(Fen.Divide(Math.Max(0L, c.BillFen - t.DibaoDeductibleFen) * t.DibaoRatioBasisPoints, 10000L), t.DibaoCapFen)"
                    + " : Math.Min(Fen.Divide(Math.Max(0L, c.BillFen - t.MarginDeductibleFen) * t.MarginRatioBasisPoints, 10000L), t.MarginCapFen)",
                "No medical assistance."),
            Rule(
                "Temporary",
                "c.HasTemporary",
                "Math.Min(Fen.Round((" + Dibao + " ? (c.TemporarySerious ? t.TemporaryMonthsDibaoSerious : t.TemporaryMonthsDibaoModerate)"
                    + " : (c.TemporarySerious ? t.TemporaryMonthsOtherSerious : t.TemporaryMonthsOtherModerate)) * t.StandardMonthlyFen * c.Members), t.TemporaryCapFen)",
                "No temporary assistance requested."),
        ],
    };

    public EngineDecision Decide(EngineCase c, EngineThresholds t)
    {
        var results = engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("c", c), new RuleParameter("t", t)).AsTask().GetAwaiter().GetResult();
        var dibao = results[0];
        var margin = results[1];
        var medical = results[2];
        var temporary = results[3];
        return new EngineDecision(
            dibao.IsSuccess,
            dibao.IsSuccess ? Amount(dibao) : 0,
            margin.IsSuccess,
            medical.IsSuccess ? Amount(medical) : 0,
            temporary.IsSuccess ? Amount(temporary) : 0);
    }

    private static long Amount(RuleResultTree result) =>
        result.ActionResult?.Exception is { } exception ? throw new InvalidOperationException("A RulesEngine action failed.", exception) : Convert.ToInt64(result.ActionResult!.Output, System.Globalization.CultureInfo.InvariantCulture);

    private static Rule Rule(string name, string expression, string output, string error) => new()
    {
        RuleName = name,
        Expression = expression,
        ErrorMessage = error,
        RuleExpressionType = RuleExpressionType.LambdaExpression,
        Actions = new RuleActions
        {
            OnSuccess = new ActionInfo { Name = "OutputExpression", Context = new Dictionary<string, object> { ["Expression"] = output } },
        },
    };
}
