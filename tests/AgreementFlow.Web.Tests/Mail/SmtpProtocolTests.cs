using System.Buffers;
using System.Text;
using AgreementFlow.Web.Mail.Delivery;

namespace AgreementFlow.Web.Tests.Mail;

/// <summary>The DATA section and reply lines of our SMTP client, byte for byte.</summary>
public sealed class SmtpProtocolTests
{
    [Theory]
    [InlineData("Hello\r\nWorld\r\n", "Hello\r\nWorld\r\n.\r\n")]
    [InlineData("Hello\nWorld", "Hello\r\nWorld\r\n.\r\n")]
    [InlineData("bare\rCR\r\n", "bare\r\nCR\r\n.\r\n")]
    [InlineData(".starts with a dot\r\n..two\r\nmid.dle\r\n.", "..starts with a dot\r\n...two\r\nmid.dle\r\n..\r\n.\r\n")]
    [InlineData(".\r\n", "..\r\n.\r\n")]
    [InlineData("", ".\r\n")]
    public void Data_EndsEveryLineWithCrlf_DoublesALeadingDot_AndEndsWithALoneDot(string message, string expected)
    {
        var output = new ArrayBufferWriter<byte>();
        SmtpData.Write(Encoding.ASCII.GetBytes(message), output);
        Encoding.ASCII.GetString(output.WrittenSpan).Should().Be(expected, "a line that is only \".\" would end the message early");
    }

    [Theory]
    [InlineData("250-smtp.example.org Hello", 250, false, "smtp.example.org Hello")]
    [InlineData("250 PIPELINING", 250, true, "PIPELINING")]
    [InlineData("550 5.1.1 Mailbox unavailable", 550, true, "5.1.1 Mailbox unavailable")]
    [InlineData("354", 354, true, "")]
    public void AReplyLine_GivesItsCode_WhetherMoreLinesFollow_AndItsText(string line, int code, bool isLast, string text)
    {
        SmtpReply.TryParseLine(line, out var parsedCode, out var parsedLast, out var parsedText).Should().BeTrue();
        parsedCode.Should().Be(code);
        parsedLast.Should().Be(isLast);
        parsedText.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("HTTP/1.1 400 Bad Request")]
    [InlineData("25")]
    [InlineData("250xOK")]
    [InlineData("999 nine")]
    public void SomethingThatIsNotAReply_IsNotTakenForOne(string line) =>
        SmtpReply.TryParseLine(line, out _, out _, out _).Should().BeFalse("a server that does not speak SMTP must not look like one that accepted the message");
}
