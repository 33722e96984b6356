using System.Text.Json.Nodes;

namespace AgreementFlow.Web.Documents.Templates;

/// <summary>Deep merge of JSON objects: what the drafter wrote extends and overrides what the directory knows.</summary>
internal static class JsonMerge
{
    public static void Into(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch.ToList())
        {
            if (value is JsonObject patchObject && target[key] is JsonObject targetObject)
            {
                Into(targetObject, patchObject);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }
}
