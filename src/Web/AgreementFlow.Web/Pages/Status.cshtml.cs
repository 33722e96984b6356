using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgreementFlow.Web.Pages;

/// <summary>The page shown for an error status of a page request (API requests get ProblemDetails instead).</summary>
[PartnerAccessible]
public sealed class StatusModel(Texts t) : PageModel
{
    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet(int code)
    {
        (Title, Explanation) = code switch
        {
            404 => (t["Страница не найдена"], t["Такой страницы нет. Возможно, ссылка устарела или документ удалён."]),
            403 => (t["Нет доступа"], t["Эта страница доступна другим ролям или другой организации."]),
            400 => (t["Некорректный запрос"], t["Запрос не удалось обработать. Вернитесь назад и попробуйте ещё раз."]),
            _ => (t["Что-то пошло не так"], t["Запрос не выполнен. Попробуйте ещё раз чуть позже."]),
        };
    }
}
