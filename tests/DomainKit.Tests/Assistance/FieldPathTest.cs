using DomainKit.Assistance;

namespace DomainKit.Tests.Assistance;

/// <summary>Field paths are kept for the usual member and item indexes and made on each use beyond them; both read alike.</summary>
public class FieldPathTest
{
    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(250)]
    public void MemberPath_NamesTheMembersField_AtAnyIndex(int index)
    {
        Assert.Equal($"members[{index}]", MemberPath.Member.At(index));
        Assert.Equal($"members[{index}].birthDate", MemberPath.BirthDate.At(index));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(31, 15)]
    [InlineData(32, 0)]
    [InlineData(2, 16)]
    [InlineData(40, 99)]
    public void IncomePath_NamesTheItemsField_AtAnyIndexes(int member, int item)
    {
        Assert.Equal($"members[{member}].incomes[{item}].amount", IncomePath.Amount.At(member, item));
        Assert.Equal($"members[{member}].incomes[{item}].kind", IncomePath.Kind.At(member, item));
    }

    [Fact]
    public void KeptPaths_AreMadeOnce()
    {
        Assert.Same(MemberPath.Relation.At(3), MemberPath.Relation.At(3));
        Assert.Same(IncomePath.Amount.At(1, 2), IncomePath.Amount.At(1, 2));
    }
}
