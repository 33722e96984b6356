namespace AgreementFlow.Web.Localization;

internal static partial class EnglishTexts
{
    /// <summary>The agreement draft form generated from a template's fields, and the clause library.</summary>
    private static readonly Dictionary<string, string> DocumentsForms = new(StringComparer.Ordinal)
    {
        ["«{0}»: не больше {1} строк."] = "“{0}”: at most {1} rows.",
        ["«{0}»: не длиннее {1} знаков."] = "“{0}”: at most {1} characters.",
        ["«{0}»: нужен список строк."] = "“{0}”: a list of rows is needed.",
        ["«{0}»: нужно «да» или «нет»."] = "“{0}”: yes or no is needed.",
        ["«{0}»: нужно одно значение, а не список."] = "“{0}”: one value is needed, not a list.",
        ["«{0}»: нужно целое число."] = "“{0}”: a whole number is needed.",
        ["«{0}»: строка {1} — не набор полей."] = "“{0}”: row {1} is not a set of fields.",
        ["«{0}»: сумма — неотрицательное число, не больше двух знаков после запятой."] = "“{0}”: an amount is a non-negative number with at most two decimals.",
        ["В шаблоне договора нет такого поля."] = "The agreement's template has no such field.",
        ["Данные договора меняют координатор, директор или юрист базовой организации."] = "An agreement's data is changed by the base organisation's coordinator, director or legal staff.",
        ["Данные договора сохранены."] = "The agreement's data is saved.",
        ["Данные проекта договора"] = "Draft agreement data",
        ["Добавить строку"] = "Add a row",
        ["Договор уже не на этапе составления проекта: его данные больше не меняются."] = "The agreement is no longer being drafted: its data no longer changes.",
        ["Заполните поле «{0}»."] = "Fill in “{0}”.",
        ["Заполняется из справочника."] = "Filled in from the directory.",
        ["По шаблону «{0}», версия {1}."] = "From the template “{0}”, version {1}.",
        ["Сохранить данные"] = "Save the data",
        ["У базовой организации нет опубликованного шаблона договора: форма появится, когда юрист его опубликует."] = "The base organisation has no published agreement template: the form appears once legal staff publish one.",
        ["Удалить строку"] = "Remove the row",
        ["Что нужно до отправки проекта дальше"] = "What is needed before the draft moves on",
        ["Это поле заполняется из справочника и здесь не меняется."] = "This field is filled in from the directory and is not changed here.",
    };
}
