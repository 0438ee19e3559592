<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head id="ctl00_Head1"><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	Kết quả 04 năm triển khai, thực hiện Chỉ thị số 05 của Bộ Chính trị, Chỉ thị 06 của Ban Thường vụ Tỉnh ủy
</title><link rel="canonical" href="/tin-hoat-dong/ket-qua-04-nam-trien-khai-thuc-hien-chi-thi-so-05-cua-bo-chinh-tri-chi-thi-06-cua-ban-thuong-vu-tinh-uy-1517.aspx" /><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLIo87aYwT%2FGX5UPw%3D%3D"/>
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
	.ExternalClassEC43385E34EA443586D69ABE0D96E446 p { line-height: 1.5; }
</style>
</head><body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="ket-qua-04-nam-trien-khai-thuc-hien-chi-thi-so-05-cua-bo-chinh-tri-chi-thi-06-cua-ban-thuong-vu-tinh-uy-1517.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
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
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x98226D32FD9379672769616E6A666548514A2C00B52E68A08D10037882D50555E5ECB2696C1EB442B355534C5A6D68B03B43154F8B624CF42AC98D1D56EA23A4,03 Jun 2024 02:11:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEDUY07NWICaMBhpEaUn41mJk0Mn4G+98QUkvUGS6HTo2dHwCAoEFYsXS7T1JzWWiD4Hw515q4E793t9wtKA4VZrwMqoZ3GIN1Am2x2BgfAe2UF3RVtIRPjqS3N46y5L7zo40sHE9h3pPgSZHrwjcmDugkwGvk6AoE7IOAwtNUhSJikp7AKyaSKo2XGYi6+b0FQAhHdj1qOvLnys8NqF9vsRMiccUSkBBDWNPGfKaRrxCJXnnDU3stV5mjEU8Z/LGLQRAA3hqys3e1I5+07HbARsuXXN2L42csfVjSgLyydpC8U7q+/enKPGzicLW3A42CZjzz6auMwaApM8vjkVjy438InJmvTOrJH2LaS/L8tQn/+QvKFQ9DTGxYHaOahrKpEXv0ZNzEglZf8MEUvB3b+QkAFBDEqTLiRicMLNYfBka97OoBzcz7na0yAGuZcfQH+3VJooieT+XvXGSJZcKZQkfbBl9CTl3QtSwjZHB+iOY959nAkRR1qdGo2v1NC48MczyHX32MS9HxaAqD4FvaccNfOzHi4BhePylY2LTq0gY1x5cCIcHqI/m0KCBhSDx1KP7ntDknsx7SMQcq61ea81lOKA34810XX+5cglxIhoIxK9CAdz1pd9D77stNroQZWKoXZJq9fnyB1wFE2JNofigJK/IEhIvi6KhDHyOk4Pme+GdlR4aG9QEXEVB6vILmeQJOaNRumMSUo0uU+NTbPrqYyD7Opgvt6cQpwFKsmIS9/eSuG5Wj4ZtWHXDvEEuwOmF6zQw1Um2HVMGoI9CmlB3JMaq81ckFrqPg2ZR29EZNRyOvUu8JNWHvp+zwyXIj8xbEFvq1eqL9sdHrmcHW32hsHTltQoiVlJI33qLxJTR+cTSaWTxsnBNXCG3gGGQs+5AkzM9r/FWPwLr+yYWbb5bUkhVWV7UWafJVxuC0nrROe2PlKdy+XJwz69DxRIVhYaNV6EuP5xoX/LJgIonak1xEf5ZfMaJX2o8bNd5Hmug0Ix/VMfi6wS622jgSok/pNvOIfnsEpZfo4bAQ/g2l6U5daTdWyOJjSbpYi/+xUWrRZZ0iENMUyuwocHRJ0BUhxtLRUQPKVt6KfXPwUX+UXAdfuFnd1QhWuRROKEKO6JM8H9VwlBjEhm4niOZZUsof1pEbeUCO+cKDfF5QEt/WqsjxFdqrubSkj3mFpuFfZ2UwJo+aN5Xx3CP2z2PsEuEKWIb8SPD8FECRKwFYAvtyNh7w5cUstsW/Gp5rLA80NuS6PeqX3VvM7sok1c+LymkjzCZKbkPs/oRmfjfdthUxHCrg9x+FjsY60yBvVfNbdD6LofbNeRPudQDljqhIDWY+yAKD3TIeSpKHVQPJ2Ce6gbo5I7FNRLYd2AzyvB/kbbUTOQCZWy36cpWThcBzPuPsMMnFbrJfSMsuJ//V7qrp20k27x/iGJcNNol6aZRjdaviWU3Tw4aCe+UW18nOMUCOKLjPCOw8HP9c87oesMQ1pLt715g0oZHqzL92hA3FZWV2xXN/2eFJQCqIcFf3DjdC1z7qTGx9V9fSmqLoTacqkJDOSP12t8ZHivyd7D1ZIBgvVyXFxT+F29IjKOMdqOo2hRFJ6gDpDk+ISb1fx4HJAxLNJo7my9Dyj0tGAanEpVRovWA/AoFwsTg++Dd/fcf0AtMQS1nV4afClZXItjw2MpSgGN2GT/RWQQ5z6MmOqoscJkn9xm255oxL2JRFBhIBsKbkaK9G7JDEAjiKkf0etRFXSVWdJfIdBbjMnkpG41//PrdLNbkit/ivNRaLPM9mL5EoJIIzHYiIr2ShGC6nhsLiFCeX6zzYSyB0HwXTZo4xud+nwX3AyI6o3OQsR/NWdLKkbnWKeUaFg/D/CRP2E2DWK38CUWGl7bKqIdvA0PGYfVxRgWYiDeqQu1qqC1gJ1Z44rv+93vcRyftYkLhtmdmUdR5XMS0hAVocVSBQrQAO+YBx4WH7um8v5XB+TcrnjVHf5R27W7m2uS8PbECWIIvReHm0+ee/VWyd4xwRZqIF9n3pqAU/vfg1Oe7cdvDiYuWftyV326lYFFaUizQCBDs8+r0LAXbh0t/H0gNjLLOuds7FOzcyaSajcXsaBgsw3nvnrFNtJq4jhQad1y+mW4IYT233BLpPpFxwlpg84qA9+sWAAf/fP80U56Z+c9Gu1Kbn0/OCZ9mEUIP7tId0dK+oIpPSA9hem+unro8AUOnGzmgAh3TSbUD3u/w+Uz4UlJgRoNUyxnGJiolz3TcIfm5MGy0SlmzsCDxFpnqZEF5pNgb2YPOVt9bVg8JI7Fo/k3Ux3x0f2Okfk2n6dBk8VvlF8SDldhVOlWiZSYtOp91hYwxYcNTRCQgIxqIY6qREFU4iH068jyoZm/qZT+nRm/geSuki+WJaRXfOXOd19ykHfl9gDpc6SlLJLhEXDa9l+/Ayv1MkIHTEqH4N0I7r8kGlEO2bdQ15XYb5p7yME4k5nHXrDjqZVgIODgFWsQ2hxDQ61pp6lp5ITtIM0R9x6Xmvi2wQoBf6hhJkdqEuQq9KgskHKgREdDmPUyOWLB4jDOe/ODsu3SAzhniaNmV2Nwc1pASpvEtXzTexdUhy2gVnRdDdQv3Q9fDNTYM2D8ol94S3S+AcJaEjb19w/2TA1Nn2xZrmwDc8jzmQLAW9Bg8xyv4vvEU9HvAERzrIxmh+Wt5ELn+xfqQ7a7ZnjWFz9361bLD5jAv0c8BPbzOB7VpEr2KpmaSCTJEN/xDQsPZKeFTQtgm5f/GEm+3icO3aJyRf9APhgi+nLy1SjRRm3l1tRE8QxJG7kFRpg3684wTTVQs23xm7NCtPARacLUvOG+vri+2mZSkQfuvt8WIsnuDnAEWH/Iu8Rrltd6B6beWCXDSayFgiJJe1Tgw1NdU7qpsDSG/BEm83IcaB908s28e14ynPVK7h2yJ4FmL1r7flXqZOLyfmws4IhsOf3PSjEZ5igdPjuQ9CBOXTGKA9uuVxwUvZfcPzPz331IYlMMkngj9AIPBWc8sLYevpz0uGfOwdcXF0evl4FrMy2u1cSdbDwKroBiyw/57c7si2cbUy0SheC40+XylKQHLOZ0xr4qAlrNRR0rw7bBROYQXeKPGglf8WD63QhDpm1zOtSUN4YyP2sjesg+X45tHwR+107cQ1DEkwrkrc/nlBDfDcpzrMqIW9nf6QlHUSlkzJYP+H3btT2NNIsCxepAnV1o27wcdsD7li81jY8Gp/d7L0rP6kr5NYCG1xQMrLkqC6u1QyY5DGK8afpxA+zFUPw3J7Om22UTat369VRFkXFMxLKj9MuY3nq80ZD5nYBSUd0TudQvN344CfGEL+YYMboxpRaZMdSdwNjrFrUQfdmtFQA7Pp6hQO9Rv+V9JFLgyfPUkeLuAU//zyr4sXwr/62iF8KGH86EI4Dte0O/5pPUeA+DU0E4w+qUzAYtvCQGFCKR/ZoB0LrmV00bmpaAiKhoe/FUe3v3vM+5ffiTRKKD0lblPHxzBennBO1x2OHg8kWjHx/hMDMmAP7zj+B3E2cyrfSL5KDQiNibtYcrEMoo/Z8yaLfgT4GoNaRRu7Km3dxIUh6z/+ES87eKPcHdA7gOH4aDNc3U4xrO61u37sK1hfhCuxz8ttK4nNHhmTUiECnasHX+hLcbHuHkem3XuQZ9ru2SjzmSXZsNOozPBPNTqZJMCQP/llWWcp1KvcWm8KLvoBxSoOnhBHuxGb0qd/AXn6QsLuJPW/uWabJUGcVbhfUWFzjKam9SQy5esqDXbi/OZ1mzX0hprbt5Y+Sce/9Br5pIGFjB2v/nslese+6/bYNMBg/PO0JB4hMCF4hk+QRFl18HGCQtaoJsb6bZNB+r8akBdzKLvqmWEEexyfPNEzChxcayhZPUMIdoBOfUrRcxPhXLcD6Q2l/9X+wwG8C65nIC014ToNXTvU1UAxwVUi796mqc0+HXNADDUn5JBh3i2zcjGhUbafZYddaBIEJTR5wrFL0Wie+abh69PaYE3abqSEHkbaE1b9MgX4ECBYQUhHMzjdo+InPK0lG0iLamdvfI8WGRuROc91jJJXJaJK3swD5ChWe5mosY2NesN18Z64gHXwdStNyJEUyScauwPTRYkjpzxHUS38UYspZByqksw0ErdeubK5z3s0b5VteukFQmgbjKcnx8GTt+z6RloWcn25xKYoCrP1inJ5AYLYmYWbJQeODfOnVG2lKsc6n0oHEcS0d3u8/MttA21lOgOF/w5Ea7TrrR6vMp90iDQMuNCJVZqRSoHEUwk+SRJ86f+Lm0JtUiUBLgEXCU7QnUbzkvhrtQ8kA1M1crtJxveG0Cw2DP//QFnXDB8j6puK5Mr3Kt8BmVMwIyVaTawjvXscRdu2E7FAbG0jKKKfhF13tpKdPVXqyIQk+Vx3GK1Dk5hEc3YPsylxb5K7Oitwmm9PmoVhSfjje/AW/ro8E35dsTeQbqsXAA2RvtId2OdnF9w4Fsgnx4d6alqTZ11v9IKiSpNa5jkoYWhJrzxMYG/B74Uik+0dnztkz6EZ7BncwPeEtF4j3Pd37NvUUGfyQjpRRJ/fycvIyrSox20WAPq8ATriWNcezUyyhTgkbyJSGgaLH+jGXUzOzPqh8ExAK/VBjHCTvTJ5HtHYapwyNzwIoYxxVabEvrSHkUhR0bV9R8pS1Yna4G5QQU+xxPGxgxooKJSbx4Ep2zdi5LI8jXEYZyQKRzgyU6cxASk5ljbCFOhuqVpMpLD/StLaeGTQ+tvjXOhBpnTLW++lewyAHDEh2v9X0CWMnK4ANXPQ2dI7mnZ3Rgsr5tzU0petko1R5Naqf6vFDiEBrayeGblzXVSaSUaodyceETPOxXRFKiXQsjc6BDj0MMO0biJ75rl6AbvYGgXixtiZue/GGN6QZziqfzSDURDOGTvyz50VCLdR6oaXfp6hEyJdmAg1Qd9qLfhq8cLdbZxgCHWvyJ36qPkBXkvx2hh75qidB9CRNQik3KOmNrfi/d/HPVOxcNqU3BVH6eU1xM+Tahh+6A7noJ6pDcioZmpshB3QJQZ9Sre8IxA5DDuNcci6VGmOAhfwGwjvTk2SQhYt/IKMeDfP0hpk5RyLNHsuKm0TVr2H0kJoXwMB2qKxqi57C/o8ruc7nrJUjsH0xFjC3lmedSUsWGeAdgStUbOME4Yz3rxsHX18uT3jX9wma/9BVio5YwkIWabiI+Iw4SMVT1tAkBLj0Yp0It2HWcDk7Y5uwXRthUsjJ0awoHavwfUuFuSmV8n7mQ8KjMNiQUfpw87E/pVB6mnBt3CyMCIYFXRwrrsTlkA4NgsAcVU8L1Pdj+c3V3JxiFiBTPHnySEK50ozl64L5Xb4Q531DtR4EFrtw8QSO1+HpSMyyBuDn5jT6PcBSqEBztiMImHeq6PxDB07Ck3oH1pmgveowh2Tj9UehA8XAQ6mG6WMAQm0uJLDHF6BbRcDZVcExcdsIN3OKECCd8P/WrxCZpJYlzy9vnVFRQWQCi9hXLS0VlbrzxNmqU2F9nuTNBKaJafUH3r+HkmdGCsKyQCy90zpI2uHRi+2pXBnk6138+zaYLZ8aVmar2qmmKQtD2ASCSSMGNs6fgECpNVX9a7YO6KqiUjTYT8uszFOfykxsgl+QBYx2HjIIfqTLnbNxPyAe/xcS2JW5+XPPOESHDCBlSdtrhJN3iWDGonxdr07BJQiyZPymhjkYc1YU1Trc27Q1SOk+7vDCSzMgD2MmVBfP/1DJTdkTK1+IK0EQmVKVL1fsbTu6+8vitEePXd7PNkSm7by0FPB0AiZZh0EvajUvicyf3200ZEQ/jMDGG0Dr2YgjT0a+Vu/HShHpcjLEHls3ZKwpb9D8cbQnbxmJTuipY4CXQwPiErrMsJqmDTjQay7YKImG06Gisipvrxc5cZdYwOax4yC/7dy2SJD4E2YLU7jWmDR1QucgTcvn3+feHRoiVAYm2UUQp1Q88W+UjwG0ZmOP0Nt3J9vozFYdGGF6hsS0P5SDb7OFfSXkQmS42Pw1uHwm/zMAa2OGoOxiFK6mIOPzbXe4fZU9piVIL1+cei9QowCf5fSkaL08OiQernZWoOAjZ/OMFq+hHiNbLI6yQxSuB15ix0kAfjKUUEliuPz9scL+/pMPA==" />
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
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{8dde8bb7-3be9-4f73-904b-401e9f37a174}",pageItemId:636, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};//]]>
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
	<div class="box-left" id="ctl00_PlaceHolderLeft_g_ff7c7b4a_e930_4f70_8ceb_de964ea77db0">
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
	<div class="box-left poll" id="ctl00_PlaceHolderLeft_g_588e0dfb_1def_4e12_b0b2_1e58eaa341d3">
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
			<div>Đang truy cập: <span id="ctl00_PlaceHolderLeft_lblOnline">10</span></div>
			<div>Hôm nay: <span id="ctl00_PlaceHolderLeft_lblToday">255</span></div>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeft_lblTotal">1.936.885</span></div>
		</div>
	</div>
</div>
<div class="col-content">
	<div class="ms-breadcrumb-box">
		<h1 id="pageTitle" class="ms-core-pageTitle">
			<span id="DeltaPlaceHolderPageTitleInTitleArea">
				<span class="bc-parent">null</span>
				<span class="bc-current">Kết quả 04 năm triển khai, thực hiện Chỉ thị số 05 của Bộ Chính trị, Chỉ thị 06 của Ban Thường vụ Tỉnh ủy</span>
			</span>
		</h1>
	</div>
	<!-- Begin Web Part: Chi tiết tin -->
	<div class="ms-WPBody noindex" id="ctl00_m_g_b33d5533_e71c_4acf_b17d_08a4317053ae">
	<div class="post-detail">
		<div class="post-category"><a href="/tin-hoat-dong/index.html">Tin hoạt động</a></div>
		<div class="post-date"><span class="date" id="ctl00_m_g_b33d5533_e71c_4acf_b17d_08a4317053ae_lblDate">Thứ tư, 27/05/2020, 08:09</span></div>
		<div class="font-tools">
			<span class="lbl">Màu chữ</span>
			<a class="color" style="background:#000" href="javascript:ChangeColor('#000000')" title="Đen"></a>
			<a class="color" style="background:#00f" href="javascript:ChangeColor('#0000ff')" title="Xanh"></a>
			<span class="lbl">Cỡ chữ</span>
			<a class="font-up" href="javascript:ChangeFont(1)" title="Tăng cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-up.png" alt="" /></a>
			<a class="font-down" href="javascript:ChangeFont(-1)" title="Giảm cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-down.png" alt="" /></a>
			<a class="print" href="javascript:window.print()" title="In bài viết"><img src="/Style%20Library/MTTQ/images/print.png" alt="" /></a>
		</div>
		<h2 class="post-title">Kết quả 04 năm triển khai, thực hiện Chỉ thị số 05 của Bộ Chính trị, Chỉ thị 06 của Ban Thường vụ Tỉnh ủy</h2>
		<div class="post-content">
<div class="ExternalClassEC43385E34EA443586D69ABE0D96E446"><p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Mặt trận Tổ quốc Việt Nam tỉnh đã có Kế hoạch số 67/KH-MTTQ-BTT, ngày 24/8/2016 về triển khai thực hiện về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong hệ thống Mặt trận Tổ quốc các cấp từ tỉnh đến cơ sở; đồng thời, hàng năm đều xây dựng kế hoạch triển khai thực hiện theo chuyên đề hàng năm, triển khai sâu rộng từ trong nội bộ đến các tầng lớp nhân dân.<o:p></o:p></span></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Trên tinh thần đó, Qua 4 năm thực hiện, từ các phong trào thi đua trên các lĩnh vực, đến nay, việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo tinh thần Chỉ thị 05 của Bộ Chính trị, Chỉ thị 06 của Ban Thường vụ Tỉnh ủy trong hệ thống MTTQ các cấp đã có sức lan tỏa sâu rộng, xuất hiện nhiều điển hình tiên tiến, mô hình tiêu biểu trên các lĩnh vực, trở thành những tấm gương sáng cổ vũ, động viên cán bộ, đảng viên và Nhân dân noi theo, góp phần tích cực thúc đẩy phát triển kinh tế - xã hội, hoàn thành thắng lợi các nhiệm vụ chính trị của địa phương.<o:p></o:p></span></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Để việc thực hiện Chỉ thị 05 của Bộ Chính trị, Chỉ thị 06 của Ban Thường vụ Tỉnh ủy gắn với thực hiện Nghị quyết Trung ương 4 (khóa XII), Đảng đoàn MTTQ tỉnh chỉ đạo Chi bộ cơ quan thực hiện nghiêm túc việc đưa nội dung sinh hoạt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh vào các buổi sinh hoạt chi bộ định kỳ; trên cơ sở đăng ký của mỗi cá nhân từ đầu năm, đồng thời tổ chức nghiêm túc công tác tự kiểm điểm, tự phê bình và phê bình hằng tháng, lấy kết quả làm động lực phấn đấu tu dưỡng, rèn luyện, khắc phục sửa chữa khuyết điểm để ngày càng hoàn thiện bản thân.<o:p></o:p></span></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Cùng với đó, Hướng dẫn MTTQ các cấp đã tuyên truyền, triển khai sâu rộng trong cán bộ, công chức, đoàn viên trong hệ thống MTTQ về cuộc vận động sáng tác, quảng bá tác phẩm văn học, nghệ thuật, báo chí về chủ đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” giai đoạn 2016-2020 và Giải báo chí toàn quốc về xây dựng Đảng; Giải báo chí toàn quốc về công tác đấu tranh phòng, chống tham nhũng nhằm hướng tới các mục tiêu Chân - Thiện - Mỹ, với phương châm “lấy cái đẹp dẹp cái xấu”, “lấy cái tích cực đẩy lùi cái tiêu cực”. Qua đó, góp phần đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống; củng cố sự đoàn kết, thống nhất trong Đảng, sự đồng thuận trong xã hội; góp phần vào việc thực hiện thắng lợi các nhiệm vụ phát triển kinh tế, xã hội, đảm bảo quốc phòng, an ninh, xây dựng Đảng và hệ thống chính trị của tỉnh.<o:p></o:p></span></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Hệ thống Mặt trận từ tỉnh đến cơ sở tổ chức thực hiện hiệu quả chuyên đề hàng năm gắn với Nghị quyết Trung ương 4 (khóa XII) vào sinh hoạt chuyên đề, sinh hoạt thường xuyên của chi bộ và cơ quan trong hệ thống MTTQ Việt Nam. Qua học tập các chuyên đề hàng năm có 100% cán bộ, đảng viên, công chức, viên chức trong hệ thống MTTQ từ tỉnh đến cơ sở nâng cao nhận thức tư tưởng.<o:p></o:p></span></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ban hành kế hoạch tổ chức triển khai xây dựng, nhân rộng các mô hình, điển hình tiên tiến học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với Chương trình “Rèn luyện tư cách người cán bộ Mặt trận” trên tất cả các lĩnh vực. Trong các mô hình đã đăng ký, có những mô hình rất cụ thể, sát thực tiễn công tác mặt trận và phù hợp với tình hình cơ sở, như: mô hình chức sắc, chức việc tiêu biểu trong công tác tuyên truyền vận động nhân dân thực hiện tốt chủ trương đường lối của Đảng, chính sách pháp luật của Nhà nước; mô hình toàn dân đoàn kết tham gia bảo vệ môi trường, đảm bảo xanh - sạch - đẹp; mô hình khu dân cư điển hình trong xây dựng nông thôn mới; Khu dân cư tự quản đảm bảo trật tự an toàn giao thông...<o:p></o:p></span></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Có thể nói, những kết quả đã đạt được trong thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, Chỉ thị 06 của Ban Thường vụ Tỉnh ủy “Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”  trong thời gian qua là cơ sở vững chắc góp phần thực hiện có hiệu quả nhiệm vụ phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh, đặc biệt là công tác xây dựng Đảng ngày càng trong sạch vững mạnh.<o:p></o:p></span></p>
<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">Bên cạnh những kết quả đạt được, chúng ta cũng cần thẳng thắn chỉ ra những hạn chế, khuyết điểm, đó là: Trong công tác phối hợp giữa Mặt trận Tổ quốc và các tổ chức thành viên cùng cấp trong việc triển khai thực chưa đồng bộ, vẫn còn một bộ phận cán bộ, đảng viên và nhân dân chưa nhận thức đầy đủ về ý nghĩa, tầm quan trọng của việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; do vậy chưa chủ động tìm ra những giải pháp, những cách làm sáng tạo, phù hợp với điều kiện thực tiễn nhiệm vụ được giao.<o:p></o:p></span></p></div>
		</div>
		
		<div class="post-view"><span class="lbl">Số lượt xem:</span> <span id="ctl00_m_g_b33d5533_e71c_4acf_b17d_08a4317053ae_lblView">297</span></div>
		<div class="post-author" id="ctl00_m_g_b33d5533_e71c_4acf_b17d_08a4317053ae_lblAuthor">Trọng Nghĩa</div>
	</div>
	<div class="post-other">
		<div class="other-title">Các tin khác</div>
		<ul class="other-list"><li><a href="/tin-hoat-dong/trao-2-000-phan-qua-cho-nguoi-lao-dong-mat-viec-lam-do-dich-covid-19-1509.aspx">Trao 2.000 phần quà cho người lao động mất việc làm do dịch Covid-19</a> <span class="date">(20/05/2020)</span></li>
<li><a href="/tin-hoat-dong/giam-sat-viec-chi-tra-ho-tro-theo-nghi-quyet-42-nq-cp-1498.aspx">Giám sát việc chi trả hỗ trợ theo Nghị quyết 42/NQ-CP</a> <span class="date">(06/05/2020)</span></li>
<li><a href="/tin-hoat-dong/keu-goi-toan-dan-chung-tay-phong-chong-dich-covid-19-1476.aspx">Kêu gọi toàn dân chung tay phòng, chống dịch Covid-19</a> <span class="date">(25/03/2020)</span></li>
<li><a href="/tin-hoat-dong/hoi-nghi-trien-khai-chuong-trinh-phoi-hop-va-thong-nhat-hanh-dong-nam-2020-1462.aspx">Hội nghị triển khai chương trình phối hợp và thống nhất hành động năm 2020</a> <span class="date">(05/03/2020)</span></li>
<li><a href="/tin-hoat-dong/gap-mat-chuc-sac-chuc-viec-cac-ton-giao-dau-xuan-canh-ty-1450.aspx">Gặp mặt chức sắc, chức việc các tôn giáo đầu Xuân Canh Tý</a> <span class="date">(14/02/2020)</span></li></ul>
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
  _gaq.push(['_setAccount', 'UA-10001524-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQLn/qJWG9BuOhevgOw1c215Pept2bBgv7SXBvilOI3j0C7qQA1kUvLxN5jDhVXzdigldv5hQKkfz2AJEnJJsmeZeme8oIlcw6wKLjRZApSli0dDI8vpBtKX0h8" />
</form>
</body>
</html>
