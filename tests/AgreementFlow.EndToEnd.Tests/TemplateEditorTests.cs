using System.Text.RegularExpressions;
using AgreementFlow.TestSupport;
using Microsoft.Playwright;

namespace AgreementFlow.EndToEnd.Tests;

/// <summary>The legal staff's template editor in a real browser: typing updates the server-rendered preview and the statutory checklist; publishing.</summary>
public sealed partial class TemplateEditorTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task ALegalUser_EditsAClause_SeesThePreviewAndChecklistUpdate_AndPublishes()
    {
        var page = await app.SignInAsync("legal@sayan-cdt.demo", DemoApp.DemoPassword);
        await page.GotoAsync("/templates");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Шаблоны документов");
        await page.Locator("tr", new() { HasText = "договор о сетевой форме" }).Locator("a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(EditorUrl());
        await page.GetByRole(AriaRole.Button, new() { Name = "Создать новую версию" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Создан черновик версии");

        var checklist = page.Locator("#statutory-checklist");
        var term = checklist.Locator("li[data-item='termAndChanges']");
        await Assertions.Expect(term).ToHaveClassAsync("covered");

        // Typing in a clause: the preview shows the new words, rendered by the server.
        var firstClause = page.Locator("[data-clause] textarea[data-field='text']").First;
        await firstClause.ClickAsync();
        await firstClause.PressAsync("Control+End");
        await firstClause.PressSequentiallyAsync(" Редакция проверена юристом.", new() { Delay = 15 });
        await Assertions.Expect(page.Locator("#preview-html")).ToContainTextAsync("Редакция проверена юристом.");

        // No clause claims the term any more: the checklist marks item 5 missing at once; ticking it back restores it.
        var termBoxes = page.Locator("input[data-field='covers'][value='termAndChanges']:checked");
        (await termBoxes.CountAsync()).Should().BeGreaterThan(0);
        await termBoxes.EvaluateAllAsync<int>("boxes => { boxes.forEach(b => b.dataset.was = 'checked'); return boxes.length; }");
        var marked = page.Locator("input[data-was='checked']");
        for (var i = 0; i < await marked.CountAsync(); i++)
        {
            await marked.Nth(i).UncheckAsync();
        }

        await Assertions.Expect(term).ToHaveClassAsync("missing");
        await BrowserApp.ScreenshotAsync(page, "template-editor-missing-1280");
        for (var i = 0; i < await marked.CountAsync(); i++)
        {
            await marked.Nth(i).CheckAsync();
        }

        await Assertions.Expect(term).ToHaveClassAsync("covered");
        await Assertions.Expect(page.Locator("#preview-errors li")).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(page, "template-editor-1280");
        // The editor as one sees it: clauses on the left, the checklist and the live preview beside them.
        await page.Locator("#section-1").ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("() => document.getElementById('section-1').scrollIntoView()");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotFolder, "template-editor-view-1280.png") });

        await page.GetByLabel("Что изменилось (для истории версий)").FillAsync("Уточнена редакция первого пункта");
        await page.GetByRole(AriaRole.Button, new() { Name = "Опубликовать" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("опубликована");
        await Assertions.Expect(page.Locator(".published-tag")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".history")).ToContainTextAsync("Уточнена редакция первого пункта");
        await page.SetViewportSizeAsync(360, 780);
        await BrowserApp.ScreenshotAsync(page, "template-editor-360");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("/templates/[0-9a-f-]{36}/versions/\\d+$")]
    private static partial Regex EditorUrl();
}
