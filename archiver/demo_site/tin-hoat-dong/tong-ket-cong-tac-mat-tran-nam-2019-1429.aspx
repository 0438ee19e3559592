<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head id="ctl00_Head1"><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	Tổng kết công tác Mặt trận năm 2019
</title><link rel="canonical" href="/tin-hoat-dong/tong-ket-cong-tac-mat-tran-nam-2019-1429.aspx" /><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLIo87aYwT%2FGX5UPw%3D%3D"/>
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
	.ExternalClassFE5715868FB64F2690582E46CAB3C5D5 p { line-height: 1.5; }
</style>
</head><body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="tong-ket-cong-tac-mat-tran-nam-2019-1429.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
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
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x67CBAAECF1D2DD474C23E3D959C7ECB03710E5E6DE882C58DDBC463F91E417F4956C48F670856CB65912E597F4D049A11C5815B229309D31F07EDCF2E2E3DD09,03 Jun 2024 02:11:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEylCP/qEUa76uD4akj/hsnO9y+m0ZBDOUsJbd1ykAcD/n/XoJb7MDnsxjsjBzYtR7+ahEtwMxnfcQjx2b7xoYqe9nKjbmDj4/dCEd7WWvSvlLAtu0W59DfAr9beN0R1DRJGgODBJlLBASunyXekY81Dp0hYgFSCq3gzr+I/pD9MbxC8BP8By3r2ism/io27FYpWeVVEqqr/OvyiXLYmMMExRMvU1CN8IAnW/VZ43xkGHB3LNe8ClY4yGNG+SVnAI1ZjuXogtsjl/A7jHyMNhbQHJM6TVqHa2G4hdaBnTbbIK3SuT4LzILnKPKh9yatoUdapkORT9tCjGN7ngTWzNgIQnuDo7yTJqgAfL9tVCNoZp7DoB9bnjvivMcYqop7Q/JJbGE3joOGmrJz55QEN0EXIoINgkDHWQtJ4kvxO/oZUKdKIUNXJ7wZ3NkM/jnOy0A45Y0uiSVfHdyEx3w9sN8j33WXQKduAUyxWvGFDpfD+alfdoDK6yjAbY9yG2p/tn+YwihgCm4oB6MAzVDI3CuRF8qGgBsgxQKKiJyTLnzRSiqFNCee6skZNwc9nYLf1Q55c6I+wAmYxlxxtvoUJOLu05d/LZYqe5t5hiZS25IvK0xZl349okN+4SpzmIZvdHx6AzOWfVolKtYflT6URRCPSgZIu5GiuVuO52MOk6QpNkxT2dLCO3LgMEgTDbBPTXvJ8vsOLS9SrqHfB0hva52MXzgvn/2WIdcC7P7TkETIR0dnp2Za/APg0D+8btIBAgdG/Ge+ClS9cwTUBgrC6TiTabQPCL08QmZC0g4XfJ8O9aIAEcm63/wQCjKdRx0aqlLT5abUnEsrJZ8yoYHY+U+dYAAYTF0uLtYibSdrddmaQ+cRaMbv34rQYdp3MLOWRo63qu+jjD4B0HBrxsfu7bxuJUv1ZuxIZobB9mTXobXLB+1va7WqWHn9OjK0Fwa9YvKAM0zlEMUUZTuKPYVoU5BUcpTwuLXxjXPorBr/9zee6Vhh9RWyqZf/XCqImY+jsgmWUsqrxnmQhJ4LHxmmssJ98iOmx1myldTDGAOwa3WueL9e6ghOJawA22rcZnJZGujdJO4Sm6ynGS+Wkeq8aNT+Weu1EMBbPz0EqHsfhyuBGYuqhnfZaD2FTnTHOecd42i+KcCvO2Wa3ETwsSUH13uFh9RHFmptDLSwm23xsXZt7ffci2b9sxJKMoaxFMlgb8qXuwx5j2lcRyCMIkqc2fX6QbAHuxW1EI+GzINNRN/eHHMbWrzL6ZWJuwdWwWpy81GqasA7MVXfC/0NFJD3hWhc6fXWr/BcJn0Cp0rXP+nkNgZjYdimOwJsSrGRpAsrVBRpmSiWaCVvkwhY/OfzIkZ4tkoyIbRu5byOuoRnKXs/Nv+va6AQD48OlZ3kNdb6Wg4N70bzVHMNyZ/mjpPYOPYfdOpfbjverm2ZO0JG2Q6lLNYA8jFU6pYPp1fUhUoYsTHehqdPM7MBySdM4x+0IuoxiuBhOG4IVQq3V9L/fetlzS5qh/j3mnCIPYdJQvX2G14ZkTwwHEscJ9ts2ylFqcXowJWrQw0s9MAmZokjr6zgVMsl6MpRkASFj90KBATq8pOjLypJhtj0vfn+DUD26P+89X7EundTklyMXM5DH9wyIR5XEt9X50PVo9kigsRm5LhzDTtBIROkzN+p117Smb5y9qig6ySmThiLLLAcCxx+NEIXpsPxypXLSRShmBD9hUxs2XHRxm99N+eH7B6+6s83/541wUNzjseX0W7jmEX8reRjsH7nN09v13rlkIarAikkIiX7rG59yKrfObSGSHxtFpi3OsEn8lMq4Iv6zOMVVfKf9d+aNeNASbzP+2n0nYm012YC16c7ocqErhJH3HmCeBL+inf6Vwh44y33Al3KxfQHvJyZVnv8KYYdQ4sF+im3pEo90l/MqEiUl8Qe+7ggy+o0ny+VRqlRf0/GvivCX6F1qFzaMVvu7XJoN87Y2DtMcTfPxrYdA02W6xiUq57a09uCm55FBJR86bfVcCMthkln5HZH75SLSQE63x/VoRrIDC8qEFdCCUotwpDX+ndOoM3fdWcar5EObOARZ8XWnetxTkTYTfkKoVbDaxa8Da8FbyyRWDPvsCQORKAug7q31YDHliMpgtxbyRcejLC9mY3diWkpswPZJSKlXA5ZSsFtN7wGNtTemOc7PLiqOxl9e8UPuRErNrQEc1/tZewMIRB4M+seL36EjfsUTnIHZF4zn5ig3NUDFfXExdfK4tR2F1B2R2B/qPptLEKyGIt5frVPiyepjQ7ihWx6dfDlB9UG2HZd7BJPKLF+r5+llOKF9ufvQn60G2gMJV831jb5aoEjJAr8N8e3j/KfeWX4U6PgqVCa0hlCK0S9/RverDU/0TSxmkmFs3VKlF6q2/1JFCoOCdI3evjvCHj/cNgyL9Dhk0S7al9zwYmrPLEourwf99UzSun+Nm4aPqN29cNdYqY+JwAwIyL8XNLZ7ibVUVdelIILX5j5ODA4w3Gnk7R8KsX3PBCFiiN+GNDDSzOOEbOkLve/ljLtTzKFuMhIVxgOZtKTudz+phBk6Yk8k+cxnmcKhVXZ08zg6g6DLAMhLjCiLkeCT9VwkLSzc8OgffOWNn+1cTCgYbl2ILSAdceSG9yGWkMP214Ly9GMgSpTYOuBOV8JpjOsPxKlUB82KiEeaZQJCMnDVY4fYaDk81LgRqS9zzrHcnXTyrJrbHn+MRyeRXe8ydFYWfSfCOWrcJ6u7zzGMbqUHEyYIKqZJyylgLOEOSgZq0uzBpT84cT4KpIcWXovR+/GKdeyNPV9l8vVaQM4SbnbZU+V8w+kme8lFS25egbonDM9VOqKWTd+7Dz9g9C0FLoqWm1l/aIh6+5wPOx+6GRLOsF/ixUlLFtlyX770vrI897V/XBLr9t65uTXQHZB4BZo8aN6X8isA4p9RzQqdP1opJFNHv9T7ekqFyBhTvog9XsDOkmZCev7tjyNPaFvlxI86RnwVUNni4IJy3zDVaDqV6Ie64Bmq8Q3AP5b9dcPaxglUWK8AOHibR9AwYJc1WKxOJw9sk45yzhGtd59czqU1UUJ25bawNpuPxGsfpy1L6PPpO69lpnulYAZqJyXbd36JMC8jaH3pJ3ZuJZZfmVCq1ogh7KJRjj3GlpKV38jAW3bnA6EOUIwWRQSFokIgv2lcfvrbXwgHsVJO4MxWt+ILtYAw4TX74eF1jNQFLeyJCrWJvJ1858pkdBQgv5v+I0l9gm45nxzxJ6T0oQgjox6XHRbnNr5pCRTMrJ3POpwRZ8F1Ts0gMfK3Pyfr2AVvsYp6T4HxNQ4DjA+o0xCzbZQ3WZpcpMxniY9i+/u4zFcYIQCoMdcJiVNHuwVoQAGCT8QyrTMOZfy3o7U7kbVZwupJheuYrLCdKO3clI2/NlTKPdw2tzGWrri1uWLY4zDgHOH7JusQMh35sL/GenY9Kg9g85HVGH6taOQot5cFIRXp1CKzYJI5Mk1TvZ9XN8cI7Ri0lLfZ38KymK1WDqRV8cxC6RJq0yAE9EExUYfH6eF4j4QLj2xQMZ1+IebIcaIIE6NFHNqw6zBuib0jMd7PSEMekLx3dH84sJ4UNe9DKI39t0E/psw5mleVOkbzziEDEbed0hzfe1LZulYfCcoQVL3MF/Z5gA/pUZJEL6tueDRbC1BPlI7NjVuOY1NQ1IijyicmNKCCxglzwZ9mFwxsWFLu+waCBknfFuka1Zldi/B30GrT7vMTuX9b+gViqx48AOpzjkxTpz2G+Ex2TazSfB3Nz5bCNr0h3NVdd5p8N0QGOVrlp5ZEg98hqDoFs9s3RLayj24YVWrJFw6d32oYcSU8Fu+8zFFuCmOfi6fUWheH0weTi5EgelX3LehmA0a/6/xpCdCfmm0ygvOsQKQHPPOXPln9PKjWO4NKcB25J7HdPnkvXRZwboV50i83/aNoUtrl6GS+ewZyaGm/fHFtdQvkQvXBR3wIb+ZMo+ZZ+lY/URoiaQvMZqOqPQz1Vi00yh0Rzd4KWd0yD/b6C2FoTuifQcTAzy1LJ92FfjE0hSuazrciDJ5fIGOSNRmD/qV0RaRmWNvJB0I6TyJXQA2xNt0CzKS6ZkkujDdEB7koFB+TStVgIwFh6yqmaECW2rtZsBjTYTnJIKaFv+8xirkNmX68Ba9ulxR30pBz7R+e0zQdCS+/Rf5Bk9gzLBgdoThkhTDM08QA27IMR0Xe/oA6nMVdJLTrknXWtsmZdaoM79gLj1BeCoiahbfB7SyJWCj/3LTL0sO65Da+qe6ZZCu+YBlGljn4VsCo42dn832my6PiwVY3ZChwgMLBcKRiLxJz9OoX+CXRo9ioxWgZcQP9jhzw3+s9wfmpnGn/7N0GdOWcT/gMTTr9/IZ8BmNCircYRvKELUxQy8ByaoZhUQ7kQBHxtYPvF8LpmWGGxpRjZyRnQPkngV3rsFgs6J/6vZic074ESlaG6nzsL5X+vpJfcJwi+nvfw0xJq3KuEB97wsn8I9aOmjvhz/1B50WzqZYoBnd00reylUYMr3Zoy3enoHkcd0DYDDw05XWU60ze8nR9Vaw3G84CpRb5yYgLp20w7Ik7X5bPM82jZL6vT137jnikznCnUMYDreWGrrlDz9zwOJBqLR39nZq/5+WTPWoY/sEtQ7sJ5UcJREWSMe5Nqj1OZHUyWLjRUWf8EEs+JnZlYeYc3pF1foNlTx6vbpSFbu/SFNYcIdJrWF02e2GNuO/8oKKwgII03iVcVdL5+dUJCCOJ2V1p1QknDBNsYVzKNiBHdDYvYiE6SWdKREatI6PbMaz/qjjvG1SCQihbe7mL+vyRyWHxvAYs3tEwAE5PdO1wlMY3oKcM5d8en+JIiPOkQwypaOQzZkmQXFnoqPxFmFz+65mmtN5UErp1KyYD0C2b9F7rkDe39ENQslv2tmgNUvoiPCaH1GMgyescNDF8SgvP9Z6O78MD8vDFBMx2/vW9M9aOm1uFg+xCl2s+OLS7EuEXZw2Nv9tPYJo5axjuRvNOQryIatt+nMEXrNjgGc+rNULd4oA9jVI/AGiGZN2dxCOGi6AOFO+JpQooDal8LtW8xojRzkA4zKUhycw54cZymi0GEbO4AGgpDtPR0Tv3siGWR7JbeKAr/NVgQxURxkKKcQNRyC68DJePXSj5ej8obL6QYoEAGddIeSjgLNuL0S4cvr9kJN1bFVzSe6L5DyX3b5R3z9WxP3F2JZcczPyPtZ3veM55WYbBdqR8DosnIdO2y5ZomuI+ouDN0d6BfUhjfRTWrHM0rfezCaYPtBQCpQuQ86yTiNqaKhRciPiEdkajidIGqAPszUWasjlndGwkaO0ercwgfwY534G+ljYDjEoi23VmfT/Oja65auuLB/yY1HYBoDbvb2nAqe1AOJiw8yNNjM6ywiIJu+h4YTCUk24H85GOpTKPxzHCVHayig5pgaOpIxYPkTF/dLc7UTf0x/P/DVq+3hF2izyFacqewHazM8bCs2hNVBP+X0iIJrUyHusin2ylLZKjTT8XkdlJX3UQ7CM3k7ClZVy6fMk0dAwisnY3/bzCmRQUQdnT3DD7FV6LP4fp/xKBvQqFtulFFqKmhnx+ql3Ze8c1tgkRk6qGUOWXh81M2rg+q9mapyEbij4JBrdBWsBUOMJN/5hxbXq8CC9nF6s4ly7nIDgFCILob75tDw8b4dOnlxTbpK45CJoq3a3RGAOH1ksIjdynpwXILNVjNHvdxJbs7Vtuf0Whthq0mmiFfwENaHQ8htyDdcZi+pj/FNkyR0qxCmHgI1wEhrrL5C5dXjE1MOTSa6Rm9+tNRtjKPwiE7j+gAWWWVF2X2vAfEA2oJvPJIhFiudg7PpQE+pUcyh0eUuoSXRZJUYw5kFnSQJpQtb4Wd0Kc5lp+9QI4FC++E1mXQ/GgypUDnM7yqej1Tm8X8j4OvgfjNI4NBehRMysLPiJSnGoXPby8dpS6Q6c12qAq8IDWZVR0L+0dgkxxGAKO4n+iiSbfv+PA9WPDuziXgS7/obFrgXfHVbFjowPuzTdnXwoitpJCrcnHryiT5gtC0zI2Prnz6MPg+rQF+bf9lMCqAHfgsC1kujyHTwF3v17IwLajEhPV+GUQTJ9m2eVIrndA==" />
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
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{783da734-bf8b-484a-b3ad-7852f35a2775}",pageItemId:548, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};//]]>
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
	<div class="box-left" id="ctl00_PlaceHolderLeft_g_a38e84b3_6e98_4f27_824d_b1f0170f43e1">
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
	<div class="box-left poll" id="ctl00_PlaceHolderLeft_g_c35d2c01_3322_4ab4_be7b_69246fe9fb35">
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
			<div>Đang truy cập: <span id="ctl00_PlaceHolderLeft_lblOnline">23</span></div>
			<div>Hôm nay: <span id="ctl00_PlaceHolderLeft_lblToday">156</span></div>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeft_lblTotal">2.481.584</span></div>
		</div>
	</div>
</div>
<div class="col-content">
	<div class="ms-breadcrumb-box">
		<h1 id="pageTitle" class="ms-core-pageTitle">
			<span id="DeltaPlaceHolderPageTitleInTitleArea">
				<span class="bc-parent">null</span>
				<span class="bc-current">Tổng kết công tác Mặt trận năm 2019</span>
			</span>
		</h1>
	</div>
	<!-- Begin Web Part: Chi tiết tin -->
	<div class="ms-WPBody noindex" id="ctl00_m_g_aa1e0fba_2663_4d5a_b8dc_7cf576d7d859">
	<div class="post-detail">
		<div class="post-category"><a href="/tin-hoat-dong/index.html">Tin hoạt động</a></div>
		<div class="post-date"><span class="date" id="ctl00_m_g_aa1e0fba_2663_4d5a_b8dc_7cf576d7d859_lblDate">Thứ sáu, 20/12/2019, 09:45</span></div>
		<div class="font-tools">
			<span class="lbl">Màu chữ</span>
			<a class="color" style="background:#000" href="javascript:ChangeColor('#000000')" title="Đen"></a>
			<a class="color" style="background:#00f" href="javascript:ChangeColor('#0000ff')" title="Xanh"></a>
			<span class="lbl">Cỡ chữ</span>
			<a class="font-up" href="javascript:ChangeFont(1)" title="Tăng cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-up.png" alt="" /></a>
			<a class="font-down" href="javascript:ChangeFont(-1)" title="Giảm cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-down.png" alt="" /></a>
			<a class="print" href="javascript:window.print()" title="In bài viết"><img src="/Style%20Library/MTTQ/images/print.png" alt="" /></a>
		</div>
		<h2 class="post-title">Tổng kết công tác Mặt trận năm 2019</h2>
		<div class="post-content">
<div class="ExternalClassFE5715868FB64F2690582E46CAB3C5D5"><p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2019, triển khai nhiệm vụ năm 2020.<o:p></o:p></span></p>
<p style="text-align: center;"><img src="/Lists/Posts/Attachments/1429/anh1.jpg" alt="" width="560" /></p>
<p style="text-align: center;"><em>Tổng kết công tác Mặt trận năm 2019. Ảnh: Trọng Nghĩa</em></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Năm 2019, Mặt trận các cấp đã tổ chức thành công Đại hội đại biểu MTTQ Việt Nam các cấp nhiệm kỳ 2019 - 2024.<o:p></o:p></span></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Hội nghị đã khen thưởng 30 tập thể và 45 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2019.<o:p></o:p></span></p></div>
		</div>
		
		<div class="post-view"><span class="lbl">Số lượt xem:</span> <span id="ctl00_m_g_aa1e0fba_2663_4d5a_b8dc_7cf576d7d859_lblView">389</span></div>
		<div class="post-author" id="ctl00_m_g_aa1e0fba_2663_4d5a_b8dc_7cf576d7d859_lblAuthor">Trọng Nghĩa</div>
	</div>
	<div class="post-other">
		<div class="other-title">Các tin khác</div>
		<ul class="other-list"><li><a href="/tin-hoat-dong/trao-qua-tet-cho-ho-ngheo-gia-dinh-chinh-sach-1441.aspx">Trao quà Tết cho hộ nghèo, gia đình chính sách</a> <span class="date">(17/01/2020)</span></li>
<li><a href="/tin-hoat-dong/ngay-hoi-dai-doan-ket-toan-dan-toc-nam-2019-tai-xa-vinh-loi-1415.aspx">Ngày hội Đại đoàn kết toàn dân tộc năm 2019 tại xã Vĩnh Lợi</a> <span class="date">(18/11/2019)</span></li>
<li><a href="/tin-hoat-dong/hoi-nghi-phan-bien-xa-hoi-du-thao-nghi-quyet-ve-ho-tro-ho-ngheo-1398.aspx">Hội nghị phản biện xã hội dự thảo Nghị quyết về hỗ trợ hộ nghèo</a> <span class="date">(16/10/2019)</span></li>
<li><a href="/tin-hoat-dong/dai-hoi-dai-bieu-mttq-viet-nam-huyen-tan-hoa-nhiem-ky-2019-2024-1380.aspx">Đại hội đại biểu MTTQ Việt Nam huyện Tân Hòa nhiệm kỳ 2019 - 2024</a> <span class="date">(11/09/2019)</span></li>
<li><a href="/tin-hoat-dong/ra-mat-mo-hinh-khu-dan-cu-tu-quan-ve-an-ninh-trat-tu-1362.aspx">Ra mắt mô hình “Khu dân cư tự quản về an ninh trật tự”</a> <span class="date">(07/08/2019)</span></li></ul>
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
  _gaq.push(['_setAccount', 'UA-10001436-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQLgNonusirPLXNv7XdWNmG9vvQ2odx5H7jEg383NYA7xoeVOatT9pTWcQhevglWgKrEf2Uw892KbQJtoQFi7OuC+Tnb8K+EuGbjl77Jn+mJYn4BDjlla+Z4oJM" />
</form>
</body>
</html>
