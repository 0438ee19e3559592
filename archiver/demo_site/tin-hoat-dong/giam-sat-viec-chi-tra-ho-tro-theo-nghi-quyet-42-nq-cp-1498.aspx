<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head id="ctl00_Head1"><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	Giám sát việc chi trả hỗ trợ theo Nghị quyết 42/NQ-CP
</title><link rel="canonical" href="/tin-hoat-dong/giam-sat-viec-chi-tra-ho-tro-theo-nghi-quyet-42-nq-cp-1498.aspx" /><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLIo87aYwT%2FGX5UPw%3D%3D"/>
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
	.ExternalClassF0FD5032140C469DA18D1E6E1EA8C55E p { line-height: 1.5; }
</style>
</head><body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="giam-sat-viec-chi-tra-ho-tro-theo-nghi-quyet-42-nq-cp-1498.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
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
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x5F136BC0A1B8DAB093D5CD3812D5A17616B474E00FE36009E472CEDDDE4CF9EDAAC3C2491F74EEE3320CFEB837DCDDCAA967B823F0E53E8F45EDF56F3DC61AD3,03 Jun 2024 02:11:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEHqEU8JSXfwpc/berJldhIsaFAy37vGYAVtETPHFlIbtmYu2o3W8GrCC1nRaQ1i6jBDZ+lIgzOBISOdFUcGiTk0XE+WdADiDBCn8W3C1BrJVzVA28XeK7Cfdn/ZNE4CFHM9qPW5FApqq0Z0+r1CAtwyZkduHEkQhekawaOqYLEll1TpJ/ER1nl7cx0yHwSx+T0WoV9zFq+wdiYWTKeGsSXqv+YAJZYPjOkOwpy27f0m4QQ69i+WwvXVTqsP9FOUAWwCxj7KBKQI9XtC5xIahilW+yp528sl8kSNq150QtQvMvQ6rODzyNoS4xn3M99zgCmpbCrsY34sisVJhIvY3rjHKvgueRGyJKfOb5FxRkZRzVY6houf2qsKQh5QEgI9UnoSDaWq8mNaZrVBs3+0eTcA0Zr2mhOofR0YVf68xy92/31tqX7E8DryFJokGLHzJDNrBIkZLVCx0+NI3hAeQxUyTw64BUNOYFBow6Dbb8NhEEdjh/IfNeXvt+kmsrNSIRV39Knyj+2W37Nvd1UcAcBX4hH2nEev3gwiBBJc/WILtnENOMSq5oRESMR8n9mKcequjs4vRiLE5X3pNrxLvPcW4BhvAP/AHBMVEkmw6OtruBtLn2VXFvR6P5ehKy6cMlYxaAyLUrPUmUCkBiTTQs1Jy53J0DBa7BSp7t7dr77YMbgtPIYWB8eEn9Jp/zHdzbT+BVSNntqRaQN7jfKKrfEF0XUA0EceZFqhJSBPufErUhBzZrDV67bz83WLhz0tGIy5qulwNfVwh9/rtTh2PTz4e6dNKhZZLTZgiwgegID9jQMN/VAQ8LlC2NriszGxLqYhaMElxDwvMd4PGTxIVNzkeBZ7P3iiCSJPF7l/yQwySGHEi/XHbEZTUmOENq6GnpkZd93yW+pi0Pe9t7l3CTMANwd2G9YR0cnLU21YeVVchk1+4797HuSvFlCC/BhOzSUvC60FNg+V8HhVhcMvS6jzQ6i6zaz8gc+OcJdeiDi2TkhKfXwlqjCPfZMGjedCV2ednQb8+k0kiSsSoGUzL63AL6gwXoCuNAi8UWr/JD70BQ+Ez/G2+hyURG0GQWLIqno11S4rTPtCEDP4TSbaJk0NH4IG06udAp8Gn5K0CWUEKe3sP8sx8oYcA4S0fVZjQZFonrxCbA0KC5wdnYNYe5OuBqH1msAQsIx71CSSqlYN1EXbvM0JLWJ09iWF15mWsQPVHHiQdidTzO4+gZhVGZ6EIkTdpm/fYeTvyba5Y7WDUMjpApQTZWnaSXds8w9ULCaiM6P9fkKojeIYbutv+JORpVg1lxfkDwx2MZbqY7VGWkMzZAVXaLIxHcw0Ikw18bpN2ES8jzdUxeLfKC9jqkJ1xYGS7VUbZX7ulh2ye8uS8lNLotmGgBP+Pke+ImVW86yZ9SARSx3BohfWDkZ2bJUoZzr1Ewsk3Wd9ym4bNJexl4OipTdZKkB/O5FLM5yTrKq7TMp1WKLdJ70Fkih/8NJxxUvk1IFmcSKKpVMB6S9fcAjavMjbGybLAYf4TDmct7x669HJHBNoi98r9iji55GjcMMqXuEM11eMVBaVXNnIHWKqXosk9RCwG+ZZ3c47p/gDaDo8qpcOeTDju+/OwEZ4YJAW8OHe/WqCDXVh+1Qzgl+zjvP/Bu1YViHBelrlrCa+gb8oELC0Q2lCP3/2qZ84d8mQIhKlwgr2pyApA/MVR8abtMmprOHfhu9AfggKol1KE/bRqaqr5a0m+o2oOqWW6dq5onAE/vt4eRh4r9QHHlNbgm5ao0qoMbBvAickGo77P05Y52nS3/oHS90818zBxyW0bG7mMloBrbPu3zaRY3vFBEKcYcHH1IrTXzoVEaOZ79fO14SNNxzH4tzmxTnCtozHbYl0r9Tmc+PsSseReNhRA4WSbLyyR4lxtcbBsLhAWuUWdT2bNuIOF31btu3MItK/W18xXWrpfhtGkCJpLuR0rf1+gWoyLpGLWk0ddThTQMAmPxQbqtEpQS6Q2mWWPlhHAbNh9mKOlPEMMp0xTM4h5ojwwhFD3Mcqj0hMQspfP7w5zhFfUFD5CiewXU0+eqv+krsqWDgRFlnPFSbxdEhoi8A+fGm66pfvpi/RTL0EAAoCHgLvKA6iRQFWcPtjwpFwnFKNVX4rHDDTH+eZ59gGSayfKPH8rD1hLLY6o5FiwXp7FNxPExZXQ7anh+j8yf1FDmU+SG96nsK3FRqO4ZVB7J9c+hRjZAL0aAw1uaxGyawMR33DYpkGaky0lbAYweJFgQWOatkJjmpMbXxEsVdcFPKS8JXH3ojSG3eU5AC2lyx4x7wCNMZRx/BxlqzkzpwnljpJasngIhzMOVYCAY9q2ELYbGejZKqg5Z3hl+X4K17Yi4XrOKP7vgYsAKO3ehwtG9ZeEERJLjVHdEjG1hYqaQSC6u65eAoKVMCI0JfitkSz+Spf8Jb3rQmFNh5MQNjV55oeHGOE/ygwj+O5roayFIn7uLAsRGxYlAl7U4d2GDJ9+Isstn4TkBx2d+lqLGIZCXWsAVJeoFcWQh2oxtTF1Xlvri5rbuQZwnED8LfOMPw6IPJGQ91stVhbV+hx2fREwzL4Ei6ncmX2ArIHIm+A8bv7dRVapANxQGfMdcHzOgjOGrZr2fNilizAte4/qBTBbGoAq1qYXaDI5AS3IU1pG3m0KTvQ8wZPArTlnyK9oNvlzce7nP3OpZ9RiXKcCr+aRCHHglw8VIS+kglCFKJn3st9Ca2jJ8AFeVYO3x8kZXn3izwh7o8YZeR7OBRWCFlHyu5FkNwKQfdR+a6wOqGJYnatrEal6dDNwYooMGcW8DAwFdx1DT68VzrQgS/YterEzk2pxPCW+2cIIXodp1On03LxsqJq1hsWOm+aqD5J8Y9/X5TiKJGsvxNsWgjtI3fgpKfhC3y26ijpOErZcM96EphVjlj++bjyvwDCES54Oyv64Ft76ImpU08IWH4cDLDWOVGc3ZdjN8dl0O1tafpaiWWayUXrfKKLtfQ/C8blggtMRD2JQTDrqQ0g/m9qysiwP3D9powUxslAyOm4wWfQIQt3pMO6OdSxE3KvDKNF0DemYip9LBA8/JECHj5RX/3YJLcsLmR9HYgFZ34Rh2cvext5TyD+e8NM3lTAX9j/IxpQ8HYh/P7lKOIIOyw2/MvrulXbHeimcU+YAhsYdk9DegZYw3zjgChbtnmOWuBsZiQv0Xkz0rng9AToAWbX9kk3OgCU4EWCc683txXVFne/5h2y8L9l9pLzRPdVo6tMgiMLn7zfhq4/qxIfQmHpJbhz8dwXfdC69xnLNpa/JR8NBkNcdRrR8R1cK0vghhCRWbXNQdvPK65+0sE4NUTRtRQqjhhv2VehjPKmqr4lrI6HEcij9d+jb+rAUGaTOXa3xZWyZwcmo08ZMZSQcXCRc5o5aP5kCyvludHmH5b+cmzE+K86CtilehZlXMYX9E3CUqM01ktNCZEg4xiNnwe1tg2gZF+RlW9GfbE8B6y9F2bdIF0xB1+TMo2DPrS+Yhr+9ZxN8mdh+ONo3WblcGIrXAzvyFNLhue6hb13CkaB/9oiWC4RNhYormOvgSLYClSRwX826U4KSiNfJscJtFCfderyQdY3yzDsDLuv5RxjUeWsMndJIM9hkRFIpaW3FgLqzce+ZRuYzRNb5WkRwodoQIrV3kwpohB8HY2e9/1C9jFf0rD9wCOwF2DenQJHwql/3rIxpSPzzsmcTBoiyD8X6+j4UjwLFsLtcNRQ1PrH9b1eI7ZHsFlYkuGv34FdWeoInbqhze/I9hqWCwjZ8msoQkR6/HaSGniCVzwegkRBJZBJSzQpx7ZDUV/hRbl9ksSlp+5CX+gZ8P8I0TzvKfwCigNqwy33pP0EG0R5isLOb9UsS2DjehkW90yuT03Vy5xde6ErwioUwiHDAhKUcLLO/LnaIGxraTV+XiH68R8IrOHCQqwdC5eLEqcmQC5s9aX444tTZzNXdWL8URP3WODZJjIOHbOrZArbwk84WLH3Loq6uEUsksEixDWe9JnCRwP2eYAI3y3Nk2jL9xWDSAUYTNUBuOxLC89/rkzhkgbN5x5ZiMogFfuh9n2XzKx4h6gEoT+rV7pvKeW3wh5LroBGTxd9OjmK3ytSY1hWwFIwlUKQ2x+bP7BY/q2A6htU/TRnBLvhN/CxSXsVV8aqciyrx9IAfH2SKWLhF1Rfoll+40xXp+DASVBpn20uIoUCrm0Y0rtbotxJptSXSbOqAxW7PjXUywjCsN/uFiIXzj0HBgyaQDbCBL9R4afKy7xfjAH642xteG0Qh6jgYUdZ5VJG047SagQ3TK4WOKSSHtvzdro/23meHhOGxipjy2nGm9M++/fBvvyeLaXenh+wVfLQR/m1m8zkF7Rzobuc9OkF+EkCf8XShGkhptZO9EuPOrHDUF5BzXzW7niwVHuJat+XJyYsc/ad9opEJOTiE+SXUzIyYDHX+MfJAkw/a/FpYDcJWr9TUUjcSzk7Q3JXknla4SmtutxmrRLb8Oxl11xM+R22DwbsN7RDKDKqMP9+Dqcr5w8dt6hb/hSbJ203dnfUZ3esMxbdmGbGmQ4+so3k5gJPA8RIZEgugRrOWRTzViysi8K38WQ6P2R06OiLyn70EzAZ8xIhavA4h/lA82O557MmxLsQsX/GUM0Y2/D5/bmsVaso4geboPE5HJ/vEhT5AS8uzM4kEaeMFcILWJnpmHHLy4OMhtwBLAKXKRFZVaLgbtbSWjArCHqGqWeD33oPmVJUxD69SC9q607BddpPrzvlKnEJTKz7oB9PXJ7mb8inNsvwWCtM9K8H2o5VD+DAk1pfxN+2tuw6OrhcAgCpM5NZuOwvmsyO3ryPVmqd0yfVn8owQKmMhWIpq7YOXbAUkUYWllvkLcA2WrR+Zdmvjf//5yfbtb9YSY9Ig4+SuRBjDducYUTMuEhhcIzrGxTOKkOv8DKI0TAhuk/1kqLVEt8L+9vaaKFlnxRId1SphGw/0eLDaLpXakqrudIKfEMsChbInKKCNRny5dsmY2FUUEyvQb4sQC40jXb67DliqM5TySasmP9o6KuQwumHR+c8I6qprucJBZ8CmpKTHXoXSGE5DHmQhYJNjenY091vJSMvRy+u99V9x97u1G5GUdNk46VVxurQSPUjKrU4sSVJTACf75iaS5DVx70d/Fmz1zrIWU2JpZlzvZty6p6EwQgMb/T5mAKn44h13RiybWmLmPbLm1AYqlSe7kMQ/8I/9lVFwSAItjYar998O62ST2vFxX/FRrkVdidaump0IjPEbkzg26/vslcVmP6O9wrgbId4Sdi9u/FQNnw3AvuaHekPKT9v+cYkocL0WppeN/Ng4rps/hHAGIrpzH/lP8ZeAwm0EQj4s1KH+bVp83lAt5MK8cV7bL3hfce9e/iFuCLs4gj3yHbtUr4bRWFXntij7HRCL4hIKOZA+FJYAsyBbT/dzibAZXPOFnFTS3kMFgWkqrOBn1G7+gUHXe+qrbobzF4GL6PQ5xFNDQanCLFtRF4flX5FU1/iz3L/uss2X/pdFNJusMdDcO4OrV2qT1YEwognm1obuuCAxPws3OtVsPortkPFctx1i0bTwp6ZGWtHJJCu0Wn+MZ5szOsywCs6G+mYWpjXWw+52JVnfpKjhIk4yERJPTKMbW+ouHu2Qo62/0AeY/qqBucPvZRk8ahbec6HOPpqqo9kuf8VL4cin5l588PW+wC0irmoeA2QZpPRl/KkKTzy80Keghveibo89t+j3dC3lpZKnvpWX2mywaPNz0Riaj6QOXlsVNOkRbk02PsLc/E1Iw0/w5jckCKjTvEHijXmSmBPEIAk99ZreYIL/dmFT0EbVyFABHaWVZw/sDnYI80i7UUG+l5PQ3eZ4lA9pWFp2OS0qpOae2d3Vcy8OjvOwSaGWw1/vPYr2qgTFUFLcdGk7FIo3DTirTQHhqvOslyo4Q7azovUm3AWLFTrNFYrA/kn1vu+Q9U+yFVLjjXtiQo6jxTID0Gor1tZQuoRJfeLdi5Je9b7N6P42ybE5VLQ0YsACmrpzuukYMqnNni+ud93v24B7BJVyiS9zl/VtMTwgiOOpJ01m4IG92RjzXnLQw15CHkxL6iWeWpSyqzUYPMxlAsw==" />
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
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{84af63cf-60ae-4dae-b053-8e0d0a71698b}",pageItemId:617, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};//]]>
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
	<div class="box-left" id="ctl00_PlaceHolderLeft_g_54c7d865_2fd0_41ea_8bee_156c3b0b6ef4">
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
	<div class="box-left poll" id="ctl00_PlaceHolderLeft_g_4f96e8f8_05f3_4422_bc98_d5e065881212">
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
			<div>Đang truy cập: <span id="ctl00_PlaceHolderLeft_lblOnline">38</span></div>
			<div>Hôm nay: <span id="ctl00_PlaceHolderLeft_lblToday">446</span></div>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeft_lblTotal">1.320.609</span></div>
		</div>
	</div>
</div>
<div class="col-content">
	<div class="ms-breadcrumb-box">
		<h1 id="pageTitle" class="ms-core-pageTitle">
			<span id="DeltaPlaceHolderPageTitleInTitleArea">
				<span class="bc-parent">null</span>
				<span class="bc-current">Giám sát việc chi trả hỗ trợ theo Nghị quyết 42/NQ-CP</span>
			</span>
		</h1>
	</div>
	<!-- Begin Web Part: Chi tiết tin -->
	<div class="ms-WPBody noindex" id="ctl00_m_g_883f7a0c_e1ce_4833_8cef_2d20ce343e34">
	<div class="post-detail">
		<div class="post-category"><a href="/tin-hoat-dong/index.html">Tin hoạt động</a></div>
		<div class="post-date"><span class="date" id="ctl00_m_g_883f7a0c_e1ce_4833_8cef_2d20ce343e34_lblDate">Thứ tư, 06/05/2020, 10:40</span></div>
		<div class="font-tools">
			<span class="lbl">Màu chữ</span>
			<a class="color" style="background:#000" href="javascript:ChangeColor('#000000')" title="Đen"></a>
			<a class="color" style="background:#00f" href="javascript:ChangeColor('#0000ff')" title="Xanh"></a>
			<span class="lbl">Cỡ chữ</span>
			<a class="font-up" href="javascript:ChangeFont(1)" title="Tăng cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-up.png" alt="" /></a>
			<a class="font-down" href="javascript:ChangeFont(-1)" title="Giảm cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-down.png" alt="" /></a>
			<a class="print" href="javascript:window.print()" title="In bài viết"><img src="/Style%20Library/MTTQ/images/print.png" alt="" /></a>
		</div>
		<h2 class="post-title">Giám sát việc chi trả hỗ trợ theo Nghị quyết 42/NQ-CP</h2>
		<div class="post-content">
<div class="ExternalClassF0FD5032140C469DA18D1E6E1EA8C55E"><p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Mặt trận các cấp trong tỉnh đã thành lập các đoàn giám sát việc lập danh sách, chi trả hỗ trợ cho người dân gặp khó khăn do đại dịch Covid-19 theo Nghị quyết 42/NQ-CP ngày 09/4/2020 của Chính phủ.<o:p></o:p></span></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Qua giám sát, việc lập danh sách cơ bản đúng đối tượng, công khai tại nhà văn hóa khu dân cư; việc chi trả được thực hiện kịp thời.<o:p></o:p></span></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Đoàn giám sát đề nghị các địa phương tiếp tục rà soát, bổ sung những trường hợp đủ điều kiện nhưng chưa có tên trong danh sách.<o:p></o:p></span></p></div>
		</div>
		
		<div class="post-view"><span class="lbl">Số lượt xem:</span> <span id="ctl00_m_g_883f7a0c_e1ce_4833_8cef_2d20ce343e34_lblView">276</span></div>
		<div class="post-author" id="ctl00_m_g_883f7a0c_e1ce_4833_8cef_2d20ce343e34_lblAuthor">Hoàng Lan</div>
	</div>
	<div class="post-other">
		<div class="other-title">Các tin khác</div>
		<ul class="other-list"><li><a href="/tin-hoat-dong/keu-goi-toan-dan-chung-tay-phong-chong-dich-covid-19-1476.aspx">Kêu gọi toàn dân chung tay phòng, chống dịch Covid-19</a> <span class="date">(25/03/2020)</span></li>
<li><a href="/tin-hoat-dong/hoi-nghi-trien-khai-chuong-trinh-phoi-hop-va-thong-nhat-hanh-dong-nam-2020-1462.aspx">Hội nghị triển khai chương trình phối hợp và thống nhất hành động năm 2020</a> <span class="date">(05/03/2020)</span></li>
<li><a href="/tin-hoat-dong/gap-mat-chuc-sac-chuc-viec-cac-ton-giao-dau-xuan-canh-ty-1450.aspx">Gặp mặt chức sắc, chức việc các tôn giáo đầu Xuân Canh Tý</a> <span class="date">(14/02/2020)</span></li>
<li><a href="/tin-hoat-dong/trao-qua-tet-cho-ho-ngheo-gia-dinh-chinh-sach-1441.aspx">Trao quà Tết cho hộ nghèo, gia đình chính sách</a> <span class="date">(17/01/2020)</span></li>
<li><a href="/tin-hoat-dong/tong-ket-cong-tac-mat-tran-nam-2019-1429.aspx">Tổng kết công tác Mặt trận năm 2019</a> <span class="date">(20/12/2019)</span></li></ul>
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
  _gaq.push(['_setAccount', 'UA-10001505-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQLTpGHPS2yXx/5ID+A9ubPoghFisIHLCIZX/Aajqp24jLm5cQdpu5rdeXX90hXnskJyo54bEaI54yZx9ki0oTFlZq6vpo9T9lqoCsiiEiJaPhYkgk9GV+5uNne" />
</form>
</body>
</html>
