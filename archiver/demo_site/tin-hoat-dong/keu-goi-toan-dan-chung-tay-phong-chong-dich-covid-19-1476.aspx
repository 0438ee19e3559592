<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head id="ctl00_Head1"><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	Kêu gọi toàn dân chung tay phòng, chống dịch Covid-19
</title><link rel="canonical" href="/tin-hoat-dong/keu-goi-toan-dan-chung-tay-phong-chong-dich-covid-19-1476.aspx" /><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLIo87aYwT%2FGX5UPw%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/wiki.css?rev=9n8mW8NH3M1b8P6ot8F3Vw%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=iIikGkMuXBs8CWzKDAyjsQ%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/MTTQ/css/style.css" />
<link rel="stylesheet" type="text/css" href="/Style%20Library/MTTQ/css/menu.css" />
<link rel="shortcut icon" href="/Style%20Library/MTTQ/images/favicon.ico" type="image/vnd.microsoft.icon" />
<script type="text/javascript">
// <![CDATA[
var L_Menu_BaseUrl="";
var L_Menu_LCID="1066";
var L_Menu_SiteTheme="";
//]]>
</script>
<script type="text/javascript">
//<![CDATA[
document.onreadystatechange=fnRemoveAllStatus; function fnRemoveAllStatus(){removeAllStatus(true)};var _fV4UI = true;//]]>
</script>
<script type="text/javascript" src="/_layouts/1066/init.js?rev=BJDmyeIV5jS04CPkRq4Ldg%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=3-VFxRdE5GKcTpEoGrWHTxqk5bTGkn8ckNkJm2cWJK0Zg0VZSxXVjHHvAdiMOHaWz3Ao6ow3pOZC_uOVm7ZaZw2&amp;t=3f4a792d"></script>
<script type="text/javascript" src="/_layouts/blank.js?rev=QGOYAJlouiWgFRlhHVlMKA%3D%3D"></script>
<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/Style%20Library/MTTQ/js/jquery.marquee.js"></script>
<!--[if lt IE 9]><script type="text/javascript" src="/Style%20Library/MTTQ/js/html5shiv.js"></script><![endif]-->
<style type="text/css">
	.s4-skipribbonshortcut { display:none; }
	#s4-workspace { overflow: visible !important; }
	.post-content p { margin: 0 0 8px 0; text-align: justify; }
	.post-content img { max-width: 100%; height: auto; }
	.box-left .box-title { background: url(/Style%20Library/MTTQ/images/bg-title.png) no-repeat; color: #fff; font-weight: bold; }
	.font-tools a.color { display:inline-block; width:12px; height:12px; border:1px solid #ccc; }
	.ExternalClass9D48D7A7C1034CF6A30975AF9F8C8C15 p { line-height: 1.5; }
</style>
</head><body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="keu-goi-toan-dan-chung-tay-phong-chong-dich-covid-19-1476.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div>
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />
<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />
<input type="hidden" name="MSOGallery_FilterString" id="MSOGallery_FilterString" value="" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x4B010F07D668B0A17FD6CACCED359F270DAFA1A673BD3CA58D71B15A113CD37FA0A93002B1251624AF40658EF64EFA983CAA6AC591E8758B8F5D10CA5F9FBBB5,03 Jun 2024 02:11:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEnyPBndBVHdpmok4sfJaRFrg7FmWceblBfKBuxheeRYjZjrS26XO678E50PfWRyxAXJQyagOFly0+13TU9sH071KQyQWvltyYjxwH6mK9zQMMmXt8AUz5bx90boJzsdE5fa5Se0E41nNKaTehzOhXSjmdEVhaqp9qeplimSUITxoKHakD87gCXxl4Iy2em0mgzywwI+TqtYiOAt++e/bSyXRONXiWesuFWVvKfEicCEBmRte4m9PmhMmVtOU70SMU8nSfsN3xhTEPFMyjmq/0Z5+/lat06jiRtPtlCpa5KsTNYVjRHqUDJT3aqiulcgETwUtHsujhfGvxImDJovyZ4MVh7Ag5so4/ak1flg1fG1AL1Bewk4EKVDucUBkfoFw0/SWPRzxljVQuRMMqhlmRdPlu7bcgz2bkF9IMtGG5NAiq1zTsASAednBsjvIYO2lnoVcZWxDucFBIJlekay9Q4wsX1qT0bXewtjpzUmNR2BUQfx8VSIyVz2yO/COzF46KlaL8iMxuO7fwELHwOIztk1ioQ7xT9PCVoazxN5zSM3QqhIr9P4n0DKuKsCFvObWzGiuIGI1CtgboignPey18Ap76fxiPh5Tin7p5Pz/Xo5UV/dEU7YjYyTArugZajQfEXiq4WrkEFLwVPh56upcaN2iEDaFZpN0m3OtsiPJikV15seVq2Znrx13jIDdfTndfkC5BtlvjmbkKezAZqnqRcuomYlXYHLUsAuHz8m9Ay+1J5kRHVk5QXORRbNSa0jxrKwKfwJZCmDxBxTvwVTmPkWQe/eUlFCOc/3MiDq0GmMbTdpEq4e47PjawgSavcKUBb0i3tWxuZ3yzOfyJWbq1oft7lgirCzhAoIVWJoHXyoEMv/E5x9khqBp67cvtH4y+gFAI9YHY2daxEVISQiXi7DPDBAywUjEFJ1YsBSzEp67gY1VhhCLki3zqbu3zNxvdWQ7YCzJoJE1Jyhbr/VxJo/AAmQAXKivfOPk5UeIKytK1PHmm8GmpRg6hJWsFNUAvgXcRqMj6DPz56vUeu/yblDsof4HpH3T1DZU0aD8hlxa6Bq0Vn18yrfj8dRUEVSobzeCUz/8UHstcNXvbfuRQ8d622SWa216ry/AfHIKda3jNbrnZBRQDRHLRXJ8GDjSFkQJITsac6O5eQRPV7RXCM7Giu95femSTpqpCqG7HAi8mUQcRZ8nwYs3zXJlAXNqDR1f3PAG+orPRJYiHPogis7E3sv/xGKP9RqMdaZ/TPC4uUmYz2EavgrwEPqF+BY2b1QkF8Jm16ckUoELHWlat0W3TQG3h67CitQpe+P+uXW8yaiEC+yutbLVFDWEjKxlDlA9cY3p8i0vhNXuT5MK0zpISEAs5ixxU0Ffyy+1qJB4Ijs8VtMZE1qiY9QrVGmtcQwy+bU/uNOA4GxuAwArJ1eciNabRMz6fKnKXgH2GiqZF+68bo02boBQW109AYp8RWhGrnmzzsKIXp256ah3fG7cWYB6aQx4yS2Qsu1V5KpK8FXYpIrYPUKwdqwdenvIgNhchGP9WQj88cF8dcLXCufn/pjfHH3FjqyJloX5WNWSXQXq7lnYo2vOOVMGrnVw3R6y0o74cpxwBtpV6S4NqlwP2QUwUp69lSY4EF3kuk7Nm2STQRjQVchDsyHA3IVc3nQUavFFItLf8T8tn8j9OfsEZspLLkCy0J1Lg0R9lOcYOG5DnHtnKrWXRnOjeaB7MzG57MESDKvg70LxNHD9tmlRzhq+kl7cZiQYPSQYNtPGzpuPye9nLsKb8rGX2POmb4d/Nizs0q+dfrjprwlkqUKbkEwWzL4a+QiFOmvmqXwakmeKovUCjnvHlCaSM+p5WmX8/KM/iky0xpfYo6VqC3Fgh3/3mbxtouGf0yU27V8KOUPZlPZINxhuq9NzPpKdsssiUAWyKNej0ULROLSuFN5oKVnXAvy7haunmVaUfNagrG/8RRHUfvBiCKKwcbVMBpP9r0xYBkudf2dla32gkFw9A0m1J5aNOXSroeLMRB6NLmFkY5E8rJW1D8eTh2rJn6MYp1A9CCF3srj6Q57kT4vfVG79FrQB6Z9mwHlFSzLYudUJZds1jEKNmgTOsL1NxSQD30sDusciWNhS+KnTivMCF9pFWdbAzVn7poGWNkCywSvAEOzkTUfLBw58YoI25LXSgGxzfNESJsGP+3XnFMTJ4CKBdPlUEPy/AFH7UpYnzi2BKq5yHWwPa2KYvB5bGRfnNtJol2z//pp5ZRq+VTk0aCZYItsBscVhDFYTsxNkDI3yfFZhCWFhms8r9Wve/SQtnyUohYj9jefdli1+LCm/aUMaOl17enEj9ATp1tGSiU4bWE0Lot4Kzc0arsC32GgIGGZHC2YuCiryiVzNpxN+aDoKOdxheuUsuoNHXtRu964I7mrian14oPlNpyM2oNZJk4i86HK7KDMCAlfBH83bVkC4a2UkT1ftCtvFTZSggnkwDC+RSHrKLqa/62i4+SiUVBtAY1cJKbcHO7uEoN9JvhvhV7rkznrrG0RIqrnulVCoolecpDqMGQvCrZEy4+UpKHG4QkcY7YMflRmqwPWr1on3DsnM4OIXxT9Ro/jphhaDe7abI5HioOtYhlIlsIMVPhcgQ5mqhQ9e7v5j/lfrcOaOrm7bXkE8S6lMgxbkQM+3x8IZ/lf4Z1cJ2WyJaKkA+34cjPOuiYJoqK9FvySRi+FUshaF5ko6lpsZ58U0H3NuRWVVs83eIWsB0Kc4EZqHYF9HAwW2aOCymUuoi4ccJaJCSi7p8yw5UeCUiz8m7Wx0DoMm32m9fpqFULBcT+dNAYM3Le9e/30Z4hwqpPymXcbYi7EcsbicYpvxSzmzr5PxKS47ghda+xT+umLr25uNeC0ZRJ9YWPaOtC/aPzLlb9gXF1G+vO49qmr4eXLiiwWQHJ5EadnDEiZtoHpJc5JbOJp1lbdP8nDgAAI99RlSrRS5RRqLRmWSLifPd2Pa7Pc9WzThqmEMBZ9QaMCEadazSNMSM137CBBi540RC4qfi+btWGyYSw/kMfA9Cuwa8rqGkSPIhEp8OchMqwlYXE92eamarU5Vh2YdGPWc89rG8NhgiVey99MVfHvJQNhfCp/jdWLv+Yu+Sx30hHM2uVrKAICCNgXJ04NI+9YoFb0XrwHl7ZiGTvbivs3Hg9q0/Dx+ovUL3gXVtGpuQWpmkUa5hNzyGCx20Af3oFLsC4Y8IUXK6/EF+dVchB98FkCotfiDIWdezviHJCm+YN4BPbU7ZPdKd6NSiwmr+L1VQiCCt493HvD7G4D5XZerhnYHyEnX/Qoy/PH5wFtsL8Dkw69WbC6cvS2SNHm1KrvBlMrnlsnw2Deti5UstY7eaz7Lrq2706w1LiMzGdJ/XOf8q+hgDrFHWiYbSjmOG6BZhv0e00BnifHXTH3Wg3AvP0ZQMQMEgJHRbr1iRrQ9XmLhUxadOZwdbMmF4pltAJl+Yy+iVQq2IvDXMASTwlR0JCC4Z1CkOrKtkDF1tlkETCWv3a8UN+7pOuyVIQE6n6ckd9VBYMTSx4uLlZVIG2g/U5lxBZEN2D55CjXMXJRbMHBPtkwa8DtKbGyOUxR5KMkR/NZXR/sUHd2vzK0Az6ij0NFm/V8ZyfUZagBVcO2howpG+Ur3Yy0vEuvsqN49NifdWQsrIIP12mPx3Ec8Fu4xmt64JcBQwDbkX0hv3lHhuaqTx6Nzx0+HdjbECEOsbFkNLyhIJNC522vWZFk80o16mVXq33nWtZOemb8AGsoUk5t+vo2VqTsUDN5SWE4SHwDQtsKFIPi1cp2CaQPdNtcDTXkRw4Q7fSH+h984H/9iHhrNCbyMbQpOA/0An7EeJV3N8hydT6m60FF3ijSRV865LqPp0HxrPIDXoFnbk8VHaVsizGVLoefbhYwUWri94rz05YS67U2Ulc3IuTSaaMGKQ1y48qIlntPy/plnajjIoE4XNiJMUKFwcJ3m9Jdr23HVZd49oInjvuaIKuTATXF6gFz7oJcemvLXIBRRXeukDLadEu64GfPaUt/Xfr7eDlpyxvEiLI5jv29j1/M3emCihLgFqOLRtMeDiMJqLtXY/qOTMFk8J/v3JmvnF4XmDQl77DRjClXTR3VgKXxPqa+DP5/pBLl8gtEuIasu48Kv543NZ2AcG5n2Sz+KRuqsZQqnnbkE3AuJtaBWolqHuRW8uT1wLy2R35IpDnbdHuIu0gLRAycXdu1xdS1H0LNNGj5VnAKcsK9D6tF+6Ds/HyT5Gb44o+0g5qOrNIiinZNVkX43Pt2l13Ht29nIS7Kimux0vYejrZegC+mKrLEc9g4t93LzmtpduPoqO4ykZmcGXT5bMAPMlawY1Va4NQ5Phoar8fZuIOoBzu6dPyvCFqvpGckBlvwXio43Esd31OG6jUumF5RxNpp3msRehd/A+o5FnYyHy242JZM/iHXkkf3g7IrrKSOQVmj+oQs/JngTsT4tFjFi8ppJKIBfbICnFaniTJIi53yZbC4/rFTbckxafQ9XvvV0nKM4hwOSnBxbT8UraXuHKG6KXxiZKnHYAFewinwicc3jIq2WPU1aZDeM0n2Z0J+QrqGppcNHOgWXkv4Tp4R1iNxnYOhDLrbnfMrnN2CO3dl1+HYKSImMGWraiQKFR05FH77rWmE47EwF2fFRsrMYYp/9Jtc+PHw7C5kIeuMXeKhY7mLA9S62WrTTkKXGW3wM3tLEP2uGtcOZqDvpAy7nHAWS7rgIOaQp99so0vX2KcZ8s+J/FUnS8qvlfGd4NIm+2+kqZ6GAvnpNbUaNjZ9PJ3+rp6Tm58D0cr/f7oTtpimW5pHu3Rl5DIQk+O4xBw0Rd5PHZgrVZGg5RSVYRrLvxhnkG/XMKu7LNxAR1v3bQBjw1rNjKPHhp3ILEjTVjKrRzWb0Z3uUBsr6DZTC20LM8fOVxVqftwJfyUO4AAjTiKz1xHwPgYSW1dOu0bnFF9ty05xlSMYt2BCV9hLTGJUbf/qnMvrjVjRdNS0oDzxzoz7tEon5WXTclJoef1i7o87xhKR9FibWf/+fN+zK5V4ag2NjPeiKUw8Imi5JixZNy3P56YxAHyOK0Nr/ZGd5V7oByYI3+4c7hFwMi6zlAot3VYHJRQ25VXDex1AokvMHVfBobZFnuKkceo4tK+IiftbjOV+jbOTP90Nb2nJP5cTYdtJlwtJ8FRv5mkvh6KbLLAVXE9xA7QxXbGTwqS+8Tkrpj/wq+XcIOZd+XqCWxVeluzCR97X407y1tab7jgc3Hd7ydyYcOR38UgijIDy3lvi4YZ7dolfKS1MjwIa7z9fBrT0BPvOKKYKCRODCl2Ui0ZXSIMkXeyOUiGkkikotfwcKgYKtwyynXTy9D5v5SM/wmcSyrH9l5rZPxbFYbuSlLmL1dq3Avb7Dd58QHHkHmQum5G0jFKgUpqi1UOZCfMzvhVk2Qqj5diJvR9iy+4X8rsN3jxLgqnkXLMLwIH7fJlcQs6DM0jvNDDC4f6ZQm4MmMTMhu9XWf+abdWUecqcL72qXW+jQYPxogCINzWbScP2FBcmlPYH8b6uKLV7CJcIemckOK2bzgP+4DFqJFOEtIXHOuO3wikKZEaFsI9Ctz16Hc6YYSlB+6cIbGL2mA+JDH3JYsYtPxP+LUchxNSBqoIwusW+d8eKAMpV2mElgZPMCTl5+4m/yVZPeX38tkpAvpy01yqanQtOy/vdYhQdAH+oRLrHYNN4//8rDg4Ta/tRChQtdiO+GpqSgsP0Fe9W0A+YtqvK71iR6hf9iG4AsTlWbuQs2731DCPmQl49ZniCyiEb34Ag+7D4ufJ/dKMRQrTuL6jQaSv9KCG4m3qJqMe7r8uM/OkR982hy/S2scNG55Ub5btNxT1fvGxzSO7WysEUJmCkDzdBaMtOwbPqrGoowArrVzhPKzaZZm4sygAyTEUhaRqC9KmopQH8eF9ab2Rkcyv2K3ZNKCQQr9cO7xz7rXR9ffUjRZJFe4WP/7cyuC10SdMO7WfUBiUmyMSFccT0jKlG6Eh4Ka48kDpSM/1UoMn7p94NX48aloH2WWUGs4qJ0IzpbchgsRfddlMwSNQhnFo4PdD8ry6SbWpAyKOgXOCyLkLq13q4XRF2dcRQ49vkYTFg==" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<script src="/WebResource.axd?d=f6ZEq9S1SUTVmDt8o3zz0A2&amp;t=634605546709717464" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_wsaLCID = 1066;
var g_wsaSiteTemplateId = 'BLANKINTERNET#2';
var g_wsaListTemplateId = 301;
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{ac4b073d-e759-4903-9183-101e5a6fc068}",pageItemId:595, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};//]]>
</script>
<script type="text/javascript">
//<![CDATA[
function WebForm_OnSubmit() {
UpdateFormDigest('\u002f', 1440000);
return true;
}
//]]>
</script>
<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle" style="display:none">
	<div id="s4-ribboncont">
		<div class="ms-cui-topBar2"><a href="/_layouts/Authenticate.aspx?Source=%2F" class="ms-signInLink">Đăng nhập</a></div>
	</div>
</div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="wrapper">
<div id="header" class="header">
	<div class="banner">
		<a href="/" title="Ủy ban MTTQ Việt Nam tỉnh Hòa Phong"><img src="/Style%20Library/MTTQ/images/banner.jpg" alt="Ủy ban MTTQ Việt Nam tỉnh Hòa Phong" width="1000" height="150" border="0" /></a>
	</div>
	<div class="header-bar">
		<div class="today"><script type="text/javascript">
			var d = new Date(); var t = ["Chủ nhật","Thứ hai","Thứ ba","Thứ tư","Thứ năm","Thứ sáu","Thứ bảy"];
			document.write(t[d.getDay()] + ", ngày " + d.getDate() + "/" + (d.getMonth() + 1) + "/" + d.getFullYear());
		</script></div>
		<div class="search-box">
			<input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="txt-search" placeholder="Tìm kiếm..." />
			<a id="ctl00_btnSearch" class="btn-search" href="javascript:__doPostBack('ctl00$btnSearch','')"><img src="/Style%20Library/MTTQ/images/search.png" alt="" /></a>
		</div>
	</div>
</div>
<div id="zz1_TopNavigationMenuV4" class="s4-tn menu-top">
	<div class="menu horizontal menu-horizontal">
		<ul class="root static">
			<li class="static"><a class="static menu-item" href="/" accesskey="1"><span class="additional-background"><span class="menu-item-text">Trang chủ</span></span></a></li>
<li class="static"><a class="static menu-item" href="/gioi-thieu.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Giới thiệu</span></span></a></li>
<li class="static selected"><a class="static selected menu-item" href="/tin-hoat-dong/index.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Tin tức - Sự kiện</span></span></a><ul class="dynamic">
<li class="dynamic"><a class="dynamic menu-item" href="/tin-hoat-dong/index.html"><span class="additional-background"><span class="menu-item-text">Tin hoạt động</span></span></a></li></ul></li>
<li class="static"><a class="static menu-item" href="/lien-he.html" accesskey="1"><span class="additional-background"><span class="menu-item-text">Liên hệ</span></span></a></li>
		</ul>
	</div>
</div>
<div class="marquee-bar"><span class="marquee-label"></span><div class="marquee" id="ctl00_marquee">Mặt trận Tổ quốc Việt Nam tỉnh Hòa Phong - Đoàn kết, dân chủ, đổi mới, sáng tạo, phát triển</div></div>
<div id="main" class="main clearfix">

<div class="col-left">
	<!-- Begin Web Part: Liên kết web -->
	<div class="box-left" id="ctl00_PlaceHolderLeft_g_31560367_4c16_4d30_89a8_62522d1cfda6">
		<div class="box-title">Liên kết web</div>
		<div class="box-content">
			<select class="ddl-weblink" onchange="if(this.value!='0') window.open(this.value,'_blank');">
				<option value="0">-- Chọn liên kết --</option><option value="http://mattran.org.vn/">Ủy ban TW MTTQ Việt Nam</option>
				<option value="https://hoaphong.gov.vn/">Cổng TTĐT tỉnh Hòa Phong</option>
			</select>
		</div>
	</div>
	<div class="box-left banner-left">
		<a href="/gioi-thieu.html#ban-do" class="banner-link"><img src="/Style%20Library/MTTQ/images/bando.jpg" alt="" /><span>Bản đồ hành chính</span></a>
		<a href="https://congbao.hoaphong.gov.vn/" target="_blank" class="banner-link"><img src="/Style%20Library/MTTQ/images/congbao.jpg" alt="" /><span>Công báo Hòa Phong</span></a>
		<a href="/lien-he.html#gop-y" class="banner-link"><img src="/Style%20Library/MTTQ/images/gopy.jpg" alt="" /><span>Góp ý website</span></a>
		<a href="/lien-he.html" class="banner-link"><img src="/Style%20Library/MTTQ/images/lienhe.jpg" alt="" /><span>Liên hệ</span></a>
	</div>
	<!-- End Web Part -->
	<div class="box-left poll" id="ctl00_PlaceHolderLeft_g_ea98f7f8_aef4_4f76_a8c7_1de86d16462c">
		<div class="box-title">Thăm dò</div>
		<div class="box-content">
			<div class="poll-question">Bạn thấy nội dung Trang thông tin điện tử như thế nào?</div>
			<table class="poll-options"><tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo0" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="0" /><label for="ctl00_PlaceHolderLeft_poll_rdo0">Rất hữu ích</label></td></tr>
<tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo1" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="1" /><label for="ctl00_PlaceHolderLeft_poll_rdo1">Hữu ích</label></td></tr>
<tr><td><input id="ctl00_PlaceHolderLeft_poll_rdo2" type="radio" name="ctl00$PlaceHolderLeft$poll$rdo" value="2" /><label for="ctl00_PlaceHolderLeft_poll_rdo2">Bình thường</label></td></tr></table>
			<div class="poll-buttons"><a class="btn" href="javascript:__doPostBack('ctl00$PlaceHolderLeft$poll$btnVote','')">Bình chọn</a> <a class="btn" href="/_layouts/15/Poll/Results.aspx">Xem kết quả</a></div>
		</div>
	</div>
	<div class="box-left counter">
		<div class="box-title">Thống kê truy cập</div>
		<div class="box-content">
			<div>Đang truy cập: <span id="ctl00_PlaceHolderLeft_lblOnline">35</span></div>
			<div>Hôm nay: <span id="ctl00_PlaceHolderLeft_lblToday">210</span></div>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeft_lblTotal">2.739.270</span></div>
		</div>
	</div>
</div>
<div class="col-content">
	<div class="ms-breadcrumb-box">
		<h1 id="pageTitle" class="ms-core-pageTitle">
			<span id="DeltaPlaceHolderPageTitleInTitleArea">
				<span class="bc-parent">null</span>
				<span class="bc-current">Kêu gọi toàn dân chung tay phòng, chống dịch Covid-19</span>
			</span>
		</h1>
	</div>
	<!-- Begin Web Part: Chi tiết tin -->
	<div class="ms-WPBody noindex" id="ctl00_m_g_ea2ce9f8_211a_455b_ae95_a7c176cbbdbb">
	<div class="post-detail">
		<div class="post-category"><a href="/tin-hoat-dong/index.html">Tin hoạt động</a></div>
		<div class="post-date"><span class="date" id="ctl00_m_g_ea2ce9f8_211a_455b_ae95_a7c176cbbdbb_lblDate">Thứ tư, 25/03/2020, 14:00</span></div>
		<div class="font-tools">
			<span class="lbl">Màu chữ</span>
			<a class="color" style="background:#000" href="javascript:ChangeColor('#000000')" title="Đen"></a>
			<a class="color" style="background:#00f" href="javascript:ChangeColor('#0000ff')" title="Xanh"></a>
			<span class="lbl">Cỡ chữ</span>
			<a class="font-up" href="javascript:ChangeFont(1)" title="Tăng cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-up.png" alt="" /></a>
			<a class="font-down" href="javascript:ChangeFont(-1)" title="Giảm cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-down.png" alt="" /></a>
			<a class="print" href="javascript:window.print()" title="In bài viết"><img src="/Style%20Library/MTTQ/images/print.png" alt="" /></a>
		</div>
		<h2 class="post-title">Kêu gọi toàn dân chung tay phòng, chống dịch Covid-19</h2>
		<div class="post-content">
<div class="ExternalClass9D48D7A7C1034CF6A30975AF9F8C8C15"><p style="text-align: justify;">Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ra Lời kêu gọi toàn dân đoàn kết, chung tay phòng, chống dịch Covid-19.</p>
<p style="text-align: center;"><img src="/Lists/Posts/Attachments/1476/anh1.jpg" alt="" width="560" /></p>
<p style="text-align: center;"><em>Kêu gọi toàn dân chung tay phòng, chống dịch Covid-19. Ảnh: Trọng Nghĩa</em></p>
<p style="text-align: justify;">Lời kêu gọi đề nghị mỗi người dân nghiêm túc thực hiện các khuyến cáo của ngành y tế, hạn chế tụ tập đông người, đeo khẩu trang nơi công cộng.</p>
<p style="text-align: justify;">Ban Thường trực kêu gọi các cơ quan, doanh nghiệp, nhà hảo tâm tùy theo khả năng ủng hộ kinh phí, vật tư y tế cho công tác phòng, chống dịch.</p></div>
		</div>
		
		<div class="post-view"><span class="lbl">Số lượt xem:</span> <span id="ctl00_m_g_ea2ce9f8_211a_455b_ae95_a7c176cbbdbb_lblView">932</span></div>
		<div class="post-author" id="ctl00_m_g_ea2ce9f8_211a_455b_ae95_a7c176cbbdbb_lblAuthor">Trọng Nghĩa</div>
	</div>
	<div class="post-other">
		<div class="other-title">Các tin khác</div>
		<ul class="other-list"><li><a href="/tin-hoat-dong/hoi-nghi-trien-khai-chuong-trinh-phoi-hop-va-thong-nhat-hanh-dong-nam-2020-1462.aspx">Hội nghị triển khai chương trình phối hợp và thống nhất hành động năm 2020</a> <span class="date">(05/03/2020)</span></li>
<li><a href="/tin-hoat-dong/gap-mat-chuc-sac-chuc-viec-cac-ton-giao-dau-xuan-canh-ty-1450.aspx">Gặp mặt chức sắc, chức việc các tôn giáo đầu Xuân Canh Tý</a> <span class="date">(14/02/2020)</span></li>
<li><a href="/tin-hoat-dong/trao-qua-tet-cho-ho-ngheo-gia-dinh-chinh-sach-1441.aspx">Trao quà Tết cho hộ nghèo, gia đình chính sách</a> <span class="date">(17/01/2020)</span></li>
<li><a href="/tin-hoat-dong/tong-ket-cong-tac-mat-tran-nam-2019-1429.aspx">Tổng kết công tác Mặt trận năm 2019</a> <span class="date">(20/12/2019)</span></li>
<li><a href="/tin-hoat-dong/ngay-hoi-dai-doan-ket-toan-dan-toc-nam-2019-tai-xa-vinh-loi-1415.aspx">Ngày hội Đại đoàn kết toàn dân tộc năm 2019 tại xã Vĩnh Lợi</a> <span class="date">(18/11/2019)</span></li></ul>
	</div>
	</div>
	<!-- End Web Part -->
</div>
</div>
<div id="footer" class="footer">
	<div class="footer-links"><a href="https://dichvucong.gov.vn/" target="_blank">Dịch vụ công Quốc gia</a> <a href="https://mail.hoaphong.gov.vn/" target="_blank">Thư điện tử công vụ</a> <a href="/_layouts/15/viewlsts.aspx" target="_blank">Quản trị</a></div>
	<div class="footer-info">
		<div class="footer-name"><strong>ỦY BAN MẶT TRẬN TỔ QUỐC TỈNH HÒA PHONG</strong></div>
		<div>Địa chỉ:&nbsp; Số 12 đường Lê Lợi, phường Tân An, thành phố Hòa Phong, tỉnh Hòa Phong</div>
		<div>Điện thoại:&nbsp; 0290.3822 416. Fax: 0290.3822 417&nbsp; Email: <a href="mailto:ubmttq@hoaphong.gov.vn">ubmttq@hoaphong.gov.vn</a></div>
		<div>Người chịu trách nhiệm chính: Ông Trần Văn Minh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh</div>
	</div>
</div>
</div>
</div></div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;
function ChangeColor(c) { jQuery('.post-content, .post-content p, .post-content span').css('color', c); }
function ChangeFont(n) { var s = parseInt(jQuery('.post-content').css('font-size')) + n; jQuery('.post-content, .post-content p, .post-content span').css('font-size', s + 'px'); }
jQuery(function(){ jQuery('#ctl00_marquee').marquee({duration: 15000}); });
var _spBodyOnLoadFunctionNames; if (_spBodyOnLoadFunctionNames == null) { _spBodyOnLoadFunctionNames = new Array(); }
_spBodyOnLoadFunctionNames.push("_spPageLoad");
WebForm_InitCallback();//]]>
</script>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-10001483-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQL0G/gmnZsvNvclAE98Z+iaBUsUSJxoYEKBT7XZ5Ad3e8tUUd5qLTfeN4g6GRa+5/QLCsaAs83UyIXIv/toJYas5XbiumJCgyC5w7x+ypeQLbGzGVSxqO5PRb4" />
</form>
</body>
</html>
