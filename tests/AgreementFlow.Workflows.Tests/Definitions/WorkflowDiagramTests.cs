using System.Globalization;
using System.Xml.Linq;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Definitions.Diagrams;

namespace AgreementFlow.Workflows.Tests.Definitions;

public sealed class WorkflowDiagramTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly WorkflowDefinition NetworkAgreement = DefinitionFixtures.LoadRoute("network-agreement.v1.json");

    private static XElement Render(WorkflowDefinition definition, string language, string? current, IReadOnlyCollection<string>? visited = null) =>
        XDocument.Parse(WorkflowDiagram.RenderSvg(definition, language, current, visited)).Root!;

    private static XElement StageBox(XElement svg, string stageId) =>
        svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-stage") == stageId);

    [Fact]
    public void Diagram_IsAnSvgWithSizeViewBoxAndATitle()
    {
        var svg = Render(NetworkAgreement, "ru", null);

        svg.Name.Should().Be(Svg + "svg");
        var width = double.Parse(svg.Attribute("width")!.Value, CultureInfo.InvariantCulture);
        var height = double.Parse(svg.Attribute("height")!.Value, CultureInfo.InvariantCulture);
        svg.Attribute("viewBox")!.Value.Should().Be($"0 0 {svg.Attribute("width")!.Value} {svg.Attribute("height")!.Value}");
        width.Should().BeInRange(200, 800, "it must shrink legibly to a 360-pixel phone");
        height.Should().BeGreaterThan(width);
        svg.Elements().First().Should().Be(new XElement(Svg + "title", "Маршрут «Договор о сетевой форме»"));
    }

    [Fact]
    public void Diagram_ShowsEveryStageTitle_InTheChosenLanguage()
    {
        var russian = Render(NetworkAgreement, "ru", null);
        var english = Render(NetworkAgreement, "en", null);

        foreach (var stage in NetworkAgreement.Stages)
        {
            StageBox(russian, stage.Id).Element(Svg + "title")!.Value.Should().Be(stage.Title.Ru);
            string.Join(" ", StageBox(russian, stage.Id).Descendants(Svg + "tspan").Select(t => t.Value)).Should().Be(stage.Title.Ru);
            StageBox(english, stage.Id).Element(Svg + "title")!.Value.Should().Be(stage.Title.En);
        }
    }

    [Fact]
    public void CurrentStage_IsFilledWithTheAccentColourAndBold_AndNoOtherIs()
    {
        var svg = Render(NetworkAgreement, "ru", "approval", ["drafting", "legal-review", "negotiation"]);

        var current = StageBox(svg, "approval");
        var currentFill = current.Element(Svg + "rect")!.Attribute("fill")!.Value;
        current.Attribute("class")!.Value.Should().Be("stage current");
        current.Element(Svg + "text")!.Attribute("font-weight")!.Value.Should().Be("bold");
        current.Element(Svg + "title")!.Value.Should().Be("Согласование директорами сторон — текущий этап");
        svg.Element(Svg + "title")!.Value.Should().Be("Маршрут «Договор о сетевой форме», текущий этап: «Согласование директорами сторон»");

        var others = NetworkAgreement.Stages.Where(s => s.Id != "approval").Select(s => StageBox(svg, s.Id)).ToList();
        others.Select(g => g.Element(Svg + "rect")!.Attribute("fill")!.Value).Should().NotContain(currentFill);
        others.Should().OnlyContain(g => g.Element(Svg + "text")!.Attribute("font-weight") == null);
    }

    [Fact]
    public void VisitedStages_AreTinted_AndUnvisitedOnesAreNot()
    {
        var svg = Render(NetworkAgreement, "ru", "approval", ["drafting", "legal-review"]);

        StageBox(svg, "drafting").Attribute("class")!.Value.Should().Be("stage visited");
        StageBox(svg, "legal-review").Element(Svg + "rect")!.Attribute("fill")!.Value
            .Should().Be(StageBox(svg, "drafting").Element(Svg + "rect")!.Attribute("fill")!.Value)
            .And.NotBe(StageBox(svg, "signing").Element(Svg + "rect")!.Attribute("fill")!.Value);
    }

    [Fact]
    public void FinalStage_HasADoubleBorder()
    {
        var svg = Render(NetworkAgreement, "ru", null);

        StageBox(svg, "archived").Elements(Svg + "rect").Should().HaveCount(2);
        StageBox(svg, "active").Elements(Svg + "rect").Should().HaveCount(1);
    }

    [Fact]
    public void Stages_AreLaidOutInLayersDownTheLongestPath_AndReturnsArcBack()
    {
        var svg = Render(NetworkAgreement, "ru", null);
        double Top(string id) => double.Parse(StageBox(svg, id).Element(Svg + "rect")!.Attribute("y")!.Value, CultureInfo.InvariantCulture);

        var mainFlow = new[] { "drafting", "legal-review", "negotiation", "approval", "signing", "active", "expired", "archived" };
        mainFlow.Select(Top).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        Top("rejected").Should().Be(Top("signing"));
        Top("terminated").Should().Be(Top("expired"));

        var arrows = svg.Descendants(Svg + "g").Where(g => g.Attribute("data-from") is not null).ToList();
        arrows.Should().ContainSingle(g => (string?)g.Attribute("data-from") == "legal-review" && (string?)g.Attribute("data-to") == "drafting")
            .Which.Attribute("class")!.Value.Should().Be("transition back");
        arrows.Single(g => (string?)g.Attribute("data-from") == "approval" && (string?)g.Attribute("data-to") == "signing")
            .Element(Svg + "title")!.Value.Should().Be("Согласовать, Согласовать с замечаниями");
    }

    [Fact]
    public void Diagram_HasNoScriptsOrExternalResources()
    {
        var markup = WorkflowDiagram.RenderSvg(NetworkAgreement, "ru", "signing");
        var svg = XDocument.Parse(markup).Root!;

        svg.Descendants().Select(e => e.Name.LocalName).Should().NotContain(["script", "image", "use", "foreignObject", "style"]);
        svg.DescendantsAndSelf().Attributes().Select(a => a.Name.LocalName).Should().NotContain(["href", "onload", "onclick", "style"]);
        markup.Should().NotContain("url(");
    }

    [Fact]
    public void TitlesWithMarkupCharacters_AreEscaped_AndTheSvgStaysWellFormed()
    {
        const string Tricky = "<Проверка> & \"согласование\" «сторон»";
        var definition = NetworkAgreement with
        {
            Title = new LocalizedText("Договор <&\"«»", "Agreement <&\"«»"),
            Stages = [.. NetworkAgreement.Stages.Select(s => s.Id == "legal-review" ? s with { Title = new LocalizedText(Tricky, "<Legal & \"review\">") } : s)],
        };

        var markup = WorkflowDiagram.RenderSvg(definition, "ru", "legal-review");
        var svg = XDocument.Parse(markup).Root!;

        markup.Should().NotContain("<Проверка>").And.Contain("&lt;Проверка&gt; &amp;");
        StageBox(svg, "legal-review").Element(Svg + "title")!.Value.Should().Be(Tricky + " — текущий этап");
        svg.Element(Svg + "title")!.Value.Should().Be($"Маршрут «Договор <&\"«»», текущий этап: «{Tricky}»");
        Render(definition, "en", null).Descendants(Svg + "title").Select(t => t.Value).Should().Contain("<Legal & \"review\">");
    }

    [Fact]
    public void LongTitles_WrapIntoTwoLines_AndAreCutWithAnEllipsisBeyond()
    {
        var definition = NetworkAgreement with
        {
            Stages = [.. NetworkAgreement.Stages.Select(s => s.Id == "drafting"
                ? s with { Title = new LocalizedText("Подготовка проекта договора о сетевой форме реализации образовательной программы", "Drafting") }
                : s)],
        };

        var lines = StageBox(Render(definition, "ru", null), "drafting").Descendants(Svg + "tspan").Select(t => t.Value).ToList();

        lines.Should().HaveCount(2);
        lines.Should().OnlyContain(line => line.Length <= 24);
        lines[1].Should().EndWith("…");
    }
}
