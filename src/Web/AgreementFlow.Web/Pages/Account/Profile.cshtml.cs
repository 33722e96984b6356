using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Web.Organizations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Pages.Account;

public sealed class ProfileModel(
    AgreementFlowDbContext db,
    PersonService people,
    CurrentUser me,
    IPasswordHasher<Person> hasher,
    PasswordRules passwordRules,
    Texts t) : PageModel
{
    public PersonView Person { get; private set; } = null!;

    public List<string> PasswordErrors { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostLanguageAsync(string? language, CancellationToken cancellationToken)
    {
        var person = await db.People.SingleAsync(p => p.Id == me.PersonId, cancellationToken);
        if (!SupportedLanguages.IsSupported(language))
        {
            return BadRequest();
        }

        person.PreferredLanguage = language!;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = language == SupportedLanguages.English ? "Language saved." : "Язык сохранён.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPasswordAsync(string? current, string? @new, CancellationToken cancellationToken)
    {
        var person = await db.People.Include(p => p.Memberships).SingleAsync(p => p.Id == me.PersonId, cancellationToken);
        if (person.PasswordHash is null || string.IsNullOrEmpty(current)
            || hasher.VerifyHashedPassword(person, person.PasswordHash, current) == PasswordVerificationResult.Failed)
        {
            PasswordErrors.Add(t["Текущий пароль указан неверно."]);
        }

        var errors = new FieldErrors();
        passwordRules.Validate(@new, errors, "new");
        PasswordErrors.AddRange(errors.ToDictionary().Values.SelectMany(v => v));
        if (PasswordErrors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await LoadAsync(cancellationToken);
        }

        person.PasswordHash = hasher.HashPassword(person, @new!);
        person.SecurityStamp = Guid.NewGuid().ToString("N");
        await db.SaveChangesAsync(cancellationToken);
        // Other sessions end with the old stamp; this one continues under the new.
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SignInService.CreatePrincipal(person));
        TempData["Notice"] = t["Пароль изменён. Другие сеансы завершены."];
        return RedirectToPage();
    }

    private async Task<IActionResult> LoadAsync(CancellationToken cancellationToken)
    {
        var person = await people.FindAsync(me.PersonId, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }

        Person = person;
        return Page();
    }
}
