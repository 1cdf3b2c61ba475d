using DomainKit.Assistance;
using DomainKit.Policies;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static DomainKit.Tests.Assistance.CaseTestKit;

namespace DomainKit.Tests.Reliability;

/// <summary>
/// Over generated applicants and cases: publication views, case and event texts (what goes to logs) and validation
/// messages never carry an ID number, an address or a diagnosis, and never the full name where the policy masks it.
/// </summary>
public class PrivacyTest
{
    public const int MaxTest = 300;

    private static readonly string[] Surnames = ["张", "王", "李", "欧阳", "司马", "赵", "Müller", "O'Brien"];
    private static readonly string[] GivenParts = ["三", "丰", "小", "明", "秀", "英", "建", "国", "Anne", "José"];
    private static readonly string[] Streets = ["幸福路", "解放路", "芝罘区南大街", "Rue de la Paix", "环山路"];
    private static readonly string[] Illnesses = ["尿毒症", "白血病", "肺癌", "精神分裂症", "diabetes type 1"];

    public sealed record Person(string Name, string Id, string Address, string Illness, int HouseholdSize);

    public static Arbitrary<Person> People() => Arb.From(
        from surname in Gen.Elements(Surnames)
        from given in Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(GivenParts), n))
        from area in Gen.Choose(110_000, 659_999)
        from birth in Gen.Choose(0, 30_000).Select(d => new LocalDate(1930, 1, 1).PlusDays(d))
        from sequence in Gen.Choose(0, 999)
        from street in Gen.Elements(Streets)
        from number in Gen.Choose(1, 999)
        from illness in Gen.Elements(Illnesses)
        from size in Gen.Choose(1, 8)
        select new Person(surname + string.Concat(given), IdNumber(area, birth, sequence), $"{street} {number} 号", illness + " stage " + number, size));

    private static string IdNumber(int area, LocalDate birth, int sequence)
    {
        var first17 = $"{area:D6}{birth.Year:D4}{birth.Month:D2}{birth.Day:D2}{sequence:D3}";
        return first17 + ResidentId.CheckCharacter(first17);
    }

    [Property(MaxTest = MaxTest, Arbitrary = [typeof(PrivacyTest)])]
    public void NoViewEventOrLogText_CarriesPersonalData(Person person, bool fullNamePublished)
    {
        var masking = fullNamePublished ? NameMasking.FullName : (person.Name.Length % 2 == 0 ? NameMasking.KeepFirstCharacter : NameMasking.KeepFirstAndLastCharacters);
        var policy = Policy.With(CaseParameters.PublicationNameMasking, masking, new LocalDate(2014, 5, 1));
        var applicant = new CaseApplicant
        {
            Name = person.Name,
            ResidentId = ResidentId.Parse(person.Id).Value,
            HouseholdSize = person.HouseholdSize,
            Address = person.Address,
            Illness = person.Illness,
        };
        var approved = Approved("case-p", applicant, policy, IntakeChannel.OneKeyPlatform);
        var view = approved.Publication(policy).Value;

        var logged = new List<string> { approved.ToString(), applicant.ResidentId.ToString(), view.ToString() };
        logged.AddRange(approved.Events.Select(e => e.ToString()));
        foreach (var text in logged)
        {
            Assert.DoesNotContain(person.Id, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(person.Address, text, StringComparison.Ordinal);
            Assert.DoesNotContain(person.Illness, text, StringComparison.Ordinal);
        }

        // The name goes out only in the publication view, and there only as the policy allows.
        Assert.All(logged.Where(t => !ReferenceEquals(t, logged[2])), text => Assert.DoesNotContain(person.Name, text, StringComparison.Ordinal));
        if (fullNamePublished)
        {
            Assert.Equal(person.Name, view.Name);
        }
        else
        {
            Assert.DoesNotContain(person.Name, view.ToString(), StringComparison.Ordinal);
            Assert.NotEqual(person.Name, view.Name);
        }
    }

    [Property(MaxTest = MaxTest, Arbitrary = [typeof(PrivacyTest)])]
    public void ValidationMessages_NeverEchoWhatWasRefused(Person person, byte corruptAt)
    {
        // A wrong check character, a name and an address too long: refused, and the messages do not repeat them.
        var index = corruptAt % 18;
        var digits = person.Id.ToCharArray();
        digits[index] = digits[index] == '9' ? '0' : digits[index] == 'X' ? '1' : (char)(digits[index] + 1);
        var corrupted = new string(digits);
        var parsed = ResidentId.Parse(corrupted);
        var tooLong = new CaseApplicant
        {
            Name = string.Concat(Enumerable.Repeat(person.Name, 60)),
            ResidentId = ResidentId.Parse(person.Id).Value,
            HouseholdSize = 99,
            Address = string.Concat(Enumerable.Repeat(person.Address, 40)),
            Illness = string.Concat(Enumerable.Repeat(person.Illness, 40)),
        };
        var opened = AssistanceCase.Open("case-p", IntakeChannel.WalkInWindow, tooLong, By("window-7", March(2), 0));

        Assert.False(parsed.IsSuccess);
        Assert.False(opened.IsSuccess);
        var messages = parsed.ValidationErrors.Concat(opened.ValidationErrors).Select(e => e.ErrorMessage + " " + e.Identifier).ToList();
        Assert.Contains(opened.ValidationErrors, e => e.Identifier == "applicant.name");
        Assert.All(messages, message =>
        {
            Assert.DoesNotContain(corrupted, message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(person.Id, message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(person.Name, message, StringComparison.Ordinal);
            Assert.DoesNotContain(person.Address, message, StringComparison.Ordinal);
            Assert.DoesNotContain(person.Illness, message, StringComparison.Ordinal);
        });
    }

    /// <summary>Every contract's example, with a person's details put where a property name or a name token goes.</summary>
    [Property(MaxTest = MaxTest, Arbitrary = [typeof(PrivacyTest)])]
    public void DetailsTypedIntoTheWrongPlace_AreRefused_AndNoMessageOrPathRepeatsThem(Person person, NonNegativeInt where)
    {
        var documents = new[]
        {
            Example("eligible.json"),
            Example("cadre.json"),
            Example("case-history.json"),
            global::DomainKit.Policies.PolicySetJson.Write(PolicySets.ZhifuPilot),
        };
        var document = documents[where.Get % documents.Length];
        var node = System.Text.Json.Nodes.JsonNode.Parse(document)!;
        var target = Objects(node).ToList()[where.Get / documents.Length % Objects(node).Count()];

        // As a property nobody asked for, and as the value of every name-token field of the object.
        target[person.Name] = person.Address;
        foreach (var property in target.Where(p => p.Value is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var text) && Tokenish(text)).Select(p => p.Key).ToList())
        {
            target[property] = person.Illness;
        }

        var json = node.ToJsonString();
        var errors = (where.Get % documents.Length) switch
        {
            0 => HouseholdJson.Parse(json).ValidationErrors,
            1 => global::DomainKit.Cadres.CadreJson.Parse(json).ValidationErrors,
            2 => CaseEventJson.ParseHistory(json).ValidationErrors,
            _ => global::DomainKit.Policies.PolicySetJson.Parse(json).ValidationErrors,
        };

        Assert.NotEmpty(errors);
        foreach (var error in errors)
        {
            foreach (var language in new[] { global::DomainKit.Explanations.Language.English, global::DomainKit.Explanations.Language.ChineseSimplified })
            {
                var said = global::DomainKit.Validation.ValidationMessages.Render(error, language) + " " + error.Identifier;
                Assert.False(said.Contains(person.Name, StringComparison.Ordinal), said);
                Assert.DoesNotContain(person.Address, said, StringComparison.Ordinal);
                Assert.DoesNotContain(person.Illness, said, StringComparison.Ordinal);
            }
        }
    }

    private static string Example(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Repository", "examples", name));

    // Name tokens (relation, grade, event type…) are camelCase words; IDs, dates and free text are left as they are.
    private static bool Tokenish(string text) => text.Length is > 2 and < 40 && char.IsLower(text[0]) && text.All(char.IsAsciiLetter);

    private static IEnumerable<System.Text.Json.Nodes.JsonObject> Objects(System.Text.Json.Nodes.JsonNode node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o => new[] { o }.Concat(o.Select(p => p.Value).Where(v => v is not null).SelectMany(v => Objects(v!))),
        System.Text.Json.Nodes.JsonArray a => a.Where(v => v is not null).SelectMany(v => Objects(v!)),
        _ => [],
    };

    [Theory]
    [InlineData("张")]
    [InlineData(" 王 ")]
    [InlineData("𠀋")]
    public void AOneCharacterName_IsMasked_UnderEveryMaskingRule(string name)
    {
        foreach (var masking in Enum.GetValues<NameMasking>().Where(m => m != NameMasking.FullName))
        {
            var masked = PublicationView.Mask(name, masking);
            Assert.DoesNotContain(name.Trim(), masked, StringComparison.Ordinal);
            Assert.Equal("*", masked);
        }
    }

    [Fact]
    public void AnEventsText_LeavesOutItsReasonAndEveryOtherFreeText()
    {
        var approved = Approved("case-r", new CaseApplicant { Name = "李四", ResidentId = ResidentId.Parse("11010519491231002X").Value, HouseholdSize = 2, Address = "幸福路 1 号", Illness = "肺癌" }, Policy, IntakeChannel.WalkInWindow);
        var secret = "李四 家住幸福路 1 号，患肺癌";
        foreach (var e in approved.Events.Select(e => e with { Reason = secret }))
        {
            var text = e.ToString();
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain("李四", text, StringComparison.Ordinal);
            Assert.StartsWith(e.GetType().Name + " #", text, StringComparison.Ordinal);
        }
    }
}
