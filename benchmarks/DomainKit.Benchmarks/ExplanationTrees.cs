using DomainKit.Assistance;
using DomainKit.Explanations;

namespace DomainKit.Benchmarks;

/// <summary>Reads every explanation of a household's decisions, so a benchmark pays for building each whole tree.</summary>
public static class ExplanationTrees
{
    /// <summary>Builds every programme's explanation and counts its steps, children included.</summary>
    /// <param name="entitlements">The household's decisions.</param>
    /// <returns>The number of steps.</returns>
    public static long CountSteps(HouseholdEntitlements entitlements) => All(entitlements).Sum(CountSteps);

    /// <summary>Builds one explanation and counts its steps, children included.</summary>
    /// <param name="explanation">The explanation.</param>
    /// <returns>The number of steps.</returns>
    public static long CountSteps(Explanation explanation)
    {
        long steps = 0;
        foreach (var step in explanation.Steps)
        {
            steps += CountSteps(step);
        }

        return steps;
    }

    /// <summary>Renders every programme's explanation as text.</summary>
    /// <param name="entitlements">The household's decisions.</param>
    /// <param name="language">The language.</param>
    /// <returns>The total length of the texts.</returns>
    public static int RenderAll(HouseholdEntitlements entitlements, Language language) =>
        All(entitlements).Sum(explanation => explanation.Render(language).Length);

    private static IEnumerable<Explanation> All(HouseholdEntitlements entitlements)
    {
        yield return entitlements.Dibao.Explanation;
        yield return entitlements.ExtremePoverty.Explanation;
        yield return entitlements.Margin.Explanation;
        foreach (var medical in entitlements.Medical)
        {
            yield return medical.Explanation;
        }

        if (entitlements.Expenditure is { } expenditure)
        {
            yield return expenditure.Explanation;
        }

        if (entitlements.Temporary is { } temporary)
        {
            yield return temporary.Explanation;
        }

        if (entitlements.Education is { } education)
        {
            yield return education.Explanation;
        }
    }

    private static long CountSteps(ExplanationStep step)
    {
        long steps = 1;
        foreach (var child in step.Children)
        {
            steps += CountSteps(child);
        }

        return steps;
    }
}
