using System.Reflection;

namespace DomainKit.Tests.Outputs;

/// <summary>
/// Checks that values of one type are equal exactly when they write the same text (every public property), by
/// <c>Equals</c>, by the operators when the type declares them, and in their hash codes.
/// </summary>
internal static class EqualityLaws
{
    /// <summary>Checks every value against every distinct one; at least two must differ.</summary>
    public static void Hold<T>(IReadOnlyCollection<T> values)
        where T : notnull
    {
        var type = typeof(T);
        var distinct = values.DistinctBy(v => OutputWriter.Format(v)).ToList();
        var equalOperator = type.GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static, [type, type]);
        var unequalOperator = type.GetMethod("op_Inequality", BindingFlags.Public | BindingFlags.Static, [type, type]);
        Assert.True(distinct.Count > 1, $"{type.Name}: only one distinct value");
        foreach (var a in values)
        {
            foreach (var b in distinct)
            {
                var same = OutputWriter.Format(a) == OutputWriter.Format(b);
                var name = $"{type.Name}: {OutputWriter.Format(a)} and {OutputWriter.Format(b)}";
                Assert.True(same == a.Equals(b), name);
                Assert.True(same == b.Equals(a), name);
                if (equalOperator is not null)
                {
                    Assert.True(same == (bool)equalOperator.Invoke(null, [a, b])!, name);
                    Assert.True(same != (bool)unequalOperator!.Invoke(null, [a, b])!, name);
                }

                Assert.True(!same || a.GetHashCode() == b.GetHashCode(), name);
            }

            Assert.False(a.Equals(null));
            Assert.False(a.Equals("another kind of value"));
        }
    }
}
