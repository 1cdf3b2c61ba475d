using System.Reflection;
using Xunit.Sdk;

namespace DomainKit.Tests.Traceability;

/// <summary>Attributes the rule IDs each test makes the library cite to that test (<see cref="CitationLedger"/>).</summary>
[AttributeUsage(AttributeTargets.Assembly)]
internal sealed class RecordCitationsAttribute : BeforeAfterTestAttribute
{
    /// <summary>The namespace of approved-output tests, whose citations do not count.</summary>
    public const string ApprovedOutputs = "DomainKit.Tests.Outputs";

    public override void Before(MethodInfo methodUnderTest) =>
        CitationLedger.Attribute(methodUnderTest.DeclaringType?.Namespace == ApprovedOutputs ? null : Name(methodUnderTest));

    public override void After(MethodInfo methodUnderTest)
    {
        CitationLedger.Attribute(null);
        CitationLedger.Finish(Name(methodUnderTest));
    }

    public static string Name(MethodInfo method) => method.DeclaringType!.Name + "." + method.Name;
}
