namespace DomainKit.Assistance;

/// <summary>How a name is shown in a publication view (PB-03, ZF-VR-03).</summary>
public enum NameMasking
{
    /// <summary>The first character, then one asterisk for each other character: 张** .</summary>
    KeepFirstCharacter = 1,

    /// <summary>The first and last characters, asterisks between: 张*明 (a two-character name keeps the first only).</summary>
    KeepFirstAndLastCharacters = 2,

    /// <summary>The full name, as PB-03 allows where local rules publish it.</summary>
    FullName = 3,
}
