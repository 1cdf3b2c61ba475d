namespace DomainKit.Assistance;

/// <summary>The one loop behind every programme's <c>AssessAll</c>: same checks, same order, no allocation.</summary>
internal static class Batch
{
    public static void Run<TInput, TTerms, TResult>(ReadOnlySpan<TInput> inputs, TTerms terms, Span<TResult> results, Func<TInput, TTerms, TResult> assess)
        where TTerms : class
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (results.Length < inputs.Length)
        {
            throw new ArgumentException("The results span must be at least as long as the input span.", nameof(results));
        }

        for (var i = 0; i < inputs.Length; i++)
        {
            results[i] = assess(inputs[i], terms);
        }
    }
}
