using System.Text.RegularExpressions;
using AgreementFlow.TestSupport;
using Microsoft.Playwright;

namespace AgreementFlow.EndToEnd.Tests;

/// <summary>The two journeys of the work pages, in a real browser: a director decides, a coordinator drafts for many schools.</summary>
public sealed partial class WorkJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(360)]
    public async Task ADirector_OpensTheInbox_ApprovesWithRemarks_AndLandsOnTheNextTask(int width)
    {
        var page = await app.SignInAsync("director@sayan-cdt.demo", DemoApp.DemoPassword, width);
        await page.GotoAsync("/inbox");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Входящие");
        await BrowserApp.ScreenshotAsync(page, $"inbox-{width}");
        var approvals = page.Locator("a[href^='/tasks/']");
        var before = await approvals.CountAsync();
        before.Should().BeGreaterThanOrEqualTo(1, "the demo leaves the centre's director agreements to approve (two, shared by both widths)");

        await approvals.First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(TaskUrl());
        var firstTask = page.Url;
        await BrowserApp.ScreenshotAsync(page, $"task-{width}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Согласовать с замечаниями" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Комментарий обязателен", new() { Exact = false }).Or(page.Locator(".field-error:not(:empty)")).First).ToBeVisibleAsync();

        await page.GetByLabel("Комментарий", new() { Exact = false }).FillAsync("Уточнить график занятий на второе полугодие");
        await page.GetByRole(AriaRole.Button, new() { Name = "Согласовать с замечаниями" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Решение принято");
        page.Url.Should().NotBe(firstTask, "after a decision the next task opens, or the inbox when none is left");
        await BrowserApp.ScreenshotAsync(page, $"after-decision-{width}");
        await page.GotoAsync("/inbox");
        (await page.Locator("a[href^='/tasks/']").CountAsync()).Should().Be(before - 1);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ACoordinator_CreatesABatchForThreeSchools_AndWatchesTheMatrixFill()
    {
        var page = await app.SignInAsync("coordinator@sayan-cdt.demo", DemoApp.DemoPassword);
        await page.GotoAsync("/agreements/batch");
        foreach (var school in new[] { "МКОУ Тугачинская СОШ", "МКОУ Межовская СОШ", "МКОУ Орьёвская СОШ" })
        {
            await page.GetByLabel(school).CheckAsync();
        }

        await page.GetByLabel("«Агрошкола»", new() { Exact = false }).CheckAsync();
        await page.GetByLabel("Действует с").FillAsync("2027-01-11");
        await page.GetByLabel("Действует по").FillAsync("2027-05-31");
        await BrowserApp.ScreenshotAsync(page, "batch-form-1280");
        await page.GetByRole(AriaRole.Button, new() { Name = "Создать договоры" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/agreements/batches/"));
        var progress = page.Locator("progress#batch-progress");
        await Assertions.Expect(progress).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Готово: создано договоров — 3 из 3.")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        (await progress.GetAttributeAsync("value")).Should().Be("3");
        var rows = page.Locator("table.matrix tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("table.matrix")).ToContainTextAsync("МКОУ Тугачинская СОШ");
        await BrowserApp.ScreenshotAsync(page, "batch-progress-1280");

        // The board then shows the new drafts; the agreement page shows where one stands on its route.
        await page.GotoAsync("/agreements");
        await Assertions.Expect(page.Locator("svg").First).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "board-1280");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Тугачинская") }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/agreements/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("svg .current").First).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "agreement-1280");
        await page.SetViewportSizeAsync(360, 780);
        await BrowserApp.ScreenshotAsync(page, "agreement-360");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("/tasks/[0-9a-f-]{36}$")]
    private static partial Regex TaskUrl();
}
