<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="ltr">
<head id="ctl00_Head1"><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><title>
	Trao quà Tết cho hộ nghèo, gia đình chính sách
</title><link rel="canonical" href="/tin-hoat-dong/trao-qua-tet-cho-ho-ngheo-gia-dinh-chinh-sach-1441.aspx" /><link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/search.css?rev=Uoc0fsLIo87aYwT%2FGX5UPw%3D%3D"/>
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
	.ExternalClassC35D2C0133224AB4BE7B69246FE9FB35 p { line-height: 1.5; }
</style>
</head><body scroll="yes" onload="javascript:if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="trao-qua-tet-cho-ho-ngheo-gia-dinh-chinh-sach-1441.aspx" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
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
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x3342E333ACD7AE6A0BD1FA051DA496A1099BD842E4A798F1271EB5312ADD56D07B1DA64069E701C6187ABEC614DDD9F8D568A56944402D88A3F31A7E7C7731CA,03 Jun 2024 02:11:45 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTEb74zw5kK29CgQIvxxG8Yru5iBdoNNcMh+ldMG3LIp3V9TLgL8MSOKZwhQDWW07y7fGG4L6wThq+fRtffAiLdGTfstp1jYthz3Ogl8l/+D31mf3VmUFfaXAM2Bu4Yw0vLJu6Uw41B5WH1NO3PL+e0ddAjhyRyWa+d3tXaMs7oOGIUYXcKfhZdy+IEXwkFI9pzTq57gKs16zkhyTXUCpXvgRixrnvU8GEI4tsSD6k0Rx7utOJwgR9SJg/IwgXwShwpXJ+xEvJw7Xm/iBp94PdLXJmAoZDQ1feiHJBbF/jyx091jqRwSradSPpbJCi1GuS6Pw52jG2GV8g2yBybCGKfhKXzZXKguPg5O3UfhplaU7lPWwCBTL1O5UQt+ayeHcpvdNksG033ZWbU/le0gLF4wLz6yv0BJi7vKSjq9+0hzfjXtkCFvklrk/1Db4Ob0WL19YQCyVGWUMTWZEnE67Xs5kw5Oj57zL6DRAUyNxcn5LgAxgaRyhNkEkXNt6rdI+lX7Zmyb+YEioZyN+h+gzseZqUVmsv37aiI/do/eofiIsQTOxgoLxjnFfpTsuJpaYAK0YLQ9CmBJpWoskjm7x/wLf5ZEpnVDVuwG2m4jxDCrvPtLp13mibJu7BJYxv+NkwFeHdB9raKl+SpYMIDxLxl8uIXbuKmndiKBOKgVUfvH3/MI89eKNbYv9OJD8IKPty16NR7BeEuo6zgZAL8SvIrzt8Kt7j6mWnN5hP+LyLu8auae4YFlnLmnJ6lhXsjJkXMy6zlYsrg+T0CCGTsL8y738bRuxGeVy2L+ReUlD5svNfRX+dAhnHs2Elmn7vTtRtZtwJz++EgJhfUlhPWF1zSeMDBwiJdVgWXv5c1GSMdljLrD0iLt6aZr/QEbxdR/wRYTc7AYyfOTIiSAcs1WB8oA4HOV02xVZ9EM7+08Vp1KTc63fg2pORq1pDpj5eCl44+i+najBVozpeMFA+1jdhkkecEBLYLqMFO2GwsyeUE61NYKtMNh2sr3FB/uBdol7a8Yeqby9NcQ38a+lkTJR+zNGRG25Yldacntlu9CijzW/o+5OvmOdGY2YZdIPiMlQujN9ReKM6yuyaQvplix8a6ArTyn8EUh/zkrNHBcJQL4PVMb0GiecisGMag1RPP4pBJ/bhZ/uQXJm5Ym5MvksyJlwYyrkY5g2uRoLeo1w63TFPJCH0ttjyui4MGCy6FM9cjqnXjkhzgyjWmBXVYGXLKNlGRaibYRjKHkuDsyNxPvveoYxfiRDM40g0MGL6sQZ/FLmsKnahRxtekv4oRcWP6jM9vWfLzRJH0JHjPQg9AdrCsDuogM1OETwIxgFOut4wVvfZSy4acdxngGqS+/elgs44SKkGfY9v1lb6e2yss3D3Q64I7ZBdNUdSeaqXhUNSKQAIJJ4vQ9vlAEXiEYTITwli5n3yGOUF8HfSlZrdXeH46+sB08y4Ej4PQvPSS0t83Qh/U/mBH3OvMaQuGn8GFgXlY9b2QThmLxSKvzLUkfzGUhof5RRlkw9IsCwcMQOMT9nUIPBlC83P5xG1fSe6ow0G02RGLCG0/pTtV4UAZnq8O+4ZdAuh84UTKziNZPeLjCEiKtHfdUaW8zS4vzYDAvdvujGPdHa5DpmloLOfu4wfSvb+ITWhMKzuBVzSUSjJzSuYh9iqDSnRYjazHXUZveExg3BASeDcbARxxaAItr3sjpNOwlA2X5edoxB4VkjUuGrJhrVWaJ8ESHO67BvIz7Fqz7zg6yUliPZU5tI9mTvw640hajo2KfObNL/hPJJz8ZPm6O86RtoWo1WS5o2Vrrfjo8afnRP3UyzxrQ+8vVuv4H0J8ojB0FMbKNKUabGeTT+OpZl3e3lLprE/ta0zb1joeDFw1Ig0OW2MiT9Bj7xl8DKvqVtkTVo4873fr+Gc4Jwqy2elJwphCgAUQiOjRIcbC6g+8lrpwO/aiAHiph5bfZL8FRFuG6sWnEHND/2x3acyRzqEovBQau4nt+LOu840eI9f8zUU5/A+QL3zeQV5LVT2LNPUWx74beGQG3S+oVWHE++BalzlYnA4uYTAprEZNvuiBKwDdajVikBPam8ror0oWXIZYrT4O3XJghSeQkIVApfIgqqfu0yhsHu9/E5yKVHyRSZmGKuL7zKpk1w/JZrvkH3/P6r5EgI05AWfjh9T0I3AC7Xrko9aeuhLu7yh71c5OI8oBNUDFVb7NS0CeCE5iHEvHuG5ufUF3EZ6EiyxbhURqbNX+D1qwvBaRR2Ikdv8Njm8IEctW2lct8TNAue8GTyd7347y78ElZMkwGuOEFeFO+Re2/VoNkB/riR64JxT0/xCUQSH9HzfrasS4r1IFA7wfAc4mJ0J6unHF1fa3bW31rddWKZOU24roPwN+2wuCU5r/wJcUPgBeYl78pYdMqKixzaB89z8RjWPzx4aljs6nTGQbX5GAN9PAs51eP4Ha0GaKWNySPJYIv37hvMl69+y33XobmeRTAzleyxu19mHJJy7OqjxZSrHeCQuBv+GG+hBjwnuVv50kTrL0kQdtUnSRLYXGF7mdv0apCrDFEEBjCoqn/mtswRqNXb1YK+I48F33vxFXOzGGyDxtNB22gbbRGnw/qNe+X73VptmJEN7XSZOXApXNz7Pw4ImJbf6qxNANxYx213CqV9Riefe6HPWA+SeamSpmvnBeVhVntoET5zOIwbCaxkIa8nYqnky/wF9/mkvpRKy2Q9s7fWCh5V/TlGV+SvjnEB9gyWeA8q80SbYBGMEjOAFUjZWEYdRTW7dWLDPqLheoc4kyj+MqVUhP3P/QKljmQAk7XL4xeedjfeAIGdty0j7PIj3k5CTB4nZKhgC8bQvYT1J4hwToVdktpgbI3ijcTE6Ukhr8KhgOVM2oFjUfvCg1wsTfqbed16KJZrhZm/Eq0DKawl+g153gPQnRF8WuTzJNy2RwwCfWvEIMrVfjfFtozeULT+eSFwp6n2kjg1HeXr+hl/PfINhr0GZwxIRN/C9VmMHkCNDDVCxTu91aTKwxqvNP+FwHYlDCx54x4S3Ulv8mIUCILANVxG9V5qdlanl90axiSbLFRck9BDOBeHgU63yB0tyW+enShWy8u4ifYqw/vCyPtO5FNTRzEMgxf6mwWS/8k89lNSR8XXHSr0YbDqgOE+kgHbcHtxa+TLunYmngYGksJUq5fg5wDeuitTG+7ms7O9G+iEhT20jlBYRE2aLa3Cu2Jsw5SiuslUtkG5aYjjYJqjWhFa+CVlLTIKWkWKcYzSOvuMDbPyY3tf9PtwI9dz+19fXmGSmsa0N0iejy4uqVRNq/pT/F1yxYYXF4/MdtzToroT4v8XQ/+vgPQ2iEiIaR2YOFcGCXRh5a18vUR+8uqDyJ9e5uCWLWDYg3tNLGiRxth94rxgz5lvj2a+Qa9kEmVepaClZAploNx+2H50dYleFJs91GBZWfwLOw00JcevSxajMD+I5eCEoWrV22dxAdTnDnUCpNpfWNQP5luhOfgK5oc6yQ8g8s6xuDNEPTw6FTmcByAJn3qyMBh6bzlZKbk4bilRKAKxLRjJB9Iz6S0TjMuoEjJaR+dizuaFDOkFT/EUU0dn2w97dNdxKj6+5RHFsA+iF+2cB+89VQEF34Iq9T6yG+iKS83vI4d4+oPyreuzm1LgGoPD3kjVD83obpMXph1cFbr4rucFUGMLDGU+xjOBq5kRxxYMV0+Nt6UiC2rqpEXDYcpy/8gPUAM8DZIRYsI84f8FXcEiDFnLojkxz7K0SML8htcP9BvAsPrniaxusY3jqlSBn+jo5CeM7gzfVKJtGdk6h+blCIyT7fWUunDMCh31wgeXj1AWNIB3SOjQEmnf3Dud8jhfZnNYIzCyKtIC1goV/SGKHd43wyRuw/lAEZePJUGvA6IurNQDwB8GsAqJY/4ly8GNkAugAIHEJfDkK769gzAvPg5+/XAIS0Dr5ciprVRpmGM0ILqp9qWBfWv15UP3UlDc9BlABRTLaC7TUqWkBiIklbz1FD92gr2/31kyz6Kc1P+6UQGKfgAwnjOf8XWH2J+hj+/swX8XUuwT04N9bs6boj1JumbEW/oxCdMgIu3kXba8jor3SsI8m4dk65OO0O66APrCG0OvY/Rjo+YzlytrlC2wdq/dV9Ngmnh3S+XrXJqym3DLK7bGpR3Jz8xOTblBTgeoMvcFBY4MfXboANVNOyNnMJRK8Y6f+PlhCCHWqBcvZuk3O1T1UPqVf2wn8L6RSUpGvbgT18bjZezSMZwpfwaiQqus2Oimh5DE6f4RNg/+htVn3zskjftaF6QZklCVsTC+JTVl2LDqZZ8IaZt9ZabHKkCUyamPE6drD8hwMCe+7x+Dd8rP1/+HDkFMo6U4jwoImq/IZ7yjPu+2pFkgwegcFvdyJaW+DoqTQaEIjZfPYQKnrOBrZ4x+qMKN3njfBLxnmykIf8UA3HcZhJuuJpVp1hSlkOHbyhN0xhAtlFtAuRCcBdyPRkEXIdMT45/Brn1GgUwM5nHVdZsmlnev92c/hWlKFw/aBWmHKL7prIv1yci+hS4hUTHV1osQfg6iDRx571P7dsQ9//a0qMO7PrwtRB7zYo76ADWacv/V+U5Hhe4JZV7lIRpqDG11I7tWCnmAU2pr9dikK6NpLiptLhXisuoM5DBYUtCPPIG9VpJ34dvCNljU295fZEGILwnO5chj7keVAq0V29UxoPg/53OmC7ZNTiqI+yR0bbRO5fbWoQrdZd9c/gVctZsGgvo75phMr4/Ft/LK5Qf0v8Anss8z4Rmwys1fPXgHk6UAhVngcGkZte19Za1pvkrGmWoBxqpV5dtoiU9wQFdk7BU+xgGf0hVPDF9y9WiHt3XJ/MyxPBMrVsl8L/97PldYuPdGsK362wZn3IwbI7X9pCjIiIm8bLdaA8c7VGCLsyXE7jPyV0eqDNkIiJRRponlUbZ6p4LStx8T0MuR5mbH3fteokY89yfTtO5KmmpK0k5HDdgeQUApR0UvsYMwI781RS9poFsJLIhPmzHJdJ+IJLEywlK8oDnnjzd2DWJj56NtwTLlMDFcGqolIcmxp/WysQVnnTwo0ZDrfLO+KFM35VQy3CPr/0jNpVgjnGuWwSxgSBLef9SVy3TpyLzp6Ucz/0aXuZfsjr/c7XMq37Jxp6RK/plU9k3FI4D3KDuCyjJmg6dlaxDO1kWqJvxQt8a7QAilh4t6mhCykTymk08yalyalygQ+uM9dvSIdne2phgoDCWyzushln6xq3SgoM7MYrrgjm/Mg6XBlx0gOYt/xrnzSVWGrPj0tBDyvEpo2Q/xJWrTW8UimRDcRFc9jgEUwt3J2WavxZUZCLXAz2e5aKn1/4W8LclWMa0wOx12etI/9AjCtwI8J0cJtWzueu0K0ZTSZOyxAmnB+P+wv5zG1HpXlyfD/amDJz5fof75HRII9tQ2DiYHMwW1xFP6D7RVaCxxFL0UNvIjurNzdbjAXO4ZtNgqSdAMwGzwds0NpJ13dkkouY3uNjFXWfMfXhfRN1wU1aKghV8PF7XM4g/3gxwHF14DXfJp7AxNJnCOG0dX6w0+Jsg1WQW4KET9/iqXtLxHZzIOgTkTzOT+JXC+0DDKGuTnytbUHxt0Azmd/dkUWkYFJI40OAPddEgrEP3rAaKxeIKCUInnKXGQCj0aZvXNxD7aSp9IAoEjzfdThRfdCAbGL0PqLDzdcPV6JtnSz1t24gAr21ck5DQuMNd98mYNONSZApftEbCJvXEmFSUuizdam/qd7jeAHig2IKm6rwU3ji5KGdDFvPhZL1p84DlbtaxwI7Satde13bUJOS6wrsIFR1VFpIBRC0C8H8jQISKQ12+fWiRjA1enghZUJzHeluwP7pvjXi1arYUxq29ixgu3AXPNyAi/LGL5YSkfEQ1Np/4wNwC7WuBw8WFDaElOmHC365t0At8cyJC//nP+cux95/AAVmXzTWPG2fvFOndXYCgrekhBXal5mh+DoV/5XJDQjXSshz74SIGzXhmjPsoZL7xRu8J7cZqq+o4V8Oa3pyEo83CX7K886Ry7xL5rzy+n4lAzQk27Rcmx3fYhQB50Dwj0NKz/TUaWiYQDU5dPacmeAYz9inhQY0br5GkQPKy+UWHcsbbw==" />
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
var _fV4UI=true;var _spPageContextInfo = {webServerRelativeUrl: "\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{3bb1c397-26d1-4525-abc3-1bd98cb99d42}",pageItemId:560, alertsEnabled:false, siteServerRelativeUrl: "\u002f", allowSilverlightPrompt:'True'};//]]>
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
	<div class="box-left" id="ctl00_PlaceHolderLeft_g_7bef36d0_18f8_467d_ab2c_f1de68ead31b">
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
	<div class="box-left poll" id="ctl00_PlaceHolderLeft_g_4a7143af_dd8e_4b3c_a20e_7836ad2f0cd9">
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
			<div>Đang truy cập: <span id="ctl00_PlaceHolderLeft_lblOnline">8</span></div>
			<div>Hôm nay: <span id="ctl00_PlaceHolderLeft_lblToday">171</span></div>
			<div>Tổng lượt truy cập: <span id="ctl00_PlaceHolderLeft_lblTotal">1.708.834</span></div>
		</div>
	</div>
</div>
<div class="col-content">
	<div class="ms-breadcrumb-box">
		<h1 id="pageTitle" class="ms-core-pageTitle">
			<span id="DeltaPlaceHolderPageTitleInTitleArea">
				<span class="bc-parent">null</span>
				<span class="bc-current">Trao quà Tết cho hộ nghèo, gia đình chính sách</span>
			</span>
		</h1>
	</div>
	<!-- Begin Web Part: Chi tiết tin -->
	<div class="ms-WPBody noindex" id="ctl00_m_g_ae203a01_e460_4023_9cca_e385d0e2de83">
	<div class="post-detail">
		<div class="post-category"><a href="/tin-hoat-dong/index.html">Tin hoạt động</a></div>
		<div class="post-date"><span class="date" id="ctl00_m_g_ae203a01_e460_4023_9cca_e385d0e2de83_lblDate">Thứ sáu, 17/01/2020, 15:30</span></div>
		<div class="font-tools">
			<span class="lbl">Màu chữ</span>
			<a class="color" style="background:#000" href="javascript:ChangeColor('#000000')" title="Đen"></a>
			<a class="color" style="background:#00f" href="javascript:ChangeColor('#0000ff')" title="Xanh"></a>
			<span class="lbl">Cỡ chữ</span>
			<a class="font-up" href="javascript:ChangeFont(1)" title="Tăng cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-up.png" alt="" /></a>
			<a class="font-down" href="javascript:ChangeFont(-1)" title="Giảm cỡ chữ"><img src="/Style%20Library/MTTQ/images/font-down.png" alt="" /></a>
			<a class="print" href="javascript:window.print()" title="In bài viết"><img src="/Style%20Library/MTTQ/images/print.png" alt="" /></a>
		</div>
		<h2 class="post-title">Trao quà Tết cho hộ nghèo, gia đình chính sách</h2>
		<div class="post-content">
<div class="ExternalClassC35D2C0133224AB4BE7B69246FE9FB35"><p style="text-align: justify;">Nhân dịp Tết Nguyên đán Canh Tý, Ủy ban MTTQ Việt Nam tỉnh đã trao 1.500 phần quà cho hộ nghèo, gia đình chính sách trên địa bàn tỉnh.</p>
<p style="text-align: justify;">Mỗi phần quà trị giá 500.000 đồng, được trích từ Quỹ “Vì người nghèo” và nguồn vận động các doanh nghiệp, nhà hảo tâm.</p>
<p style="text-align: justify;">Hoạt động góp phần giúp các hộ gia đình có hoàn cảnh khó khăn đón Tết đầm ấm, vui tươi.</p></div>
		</div>
		
		<div class="post-view"><span class="lbl">Số lượt xem:</span> <span id="ctl00_m_g_ae203a01_e460_4023_9cca_e385d0e2de83_lblView">345</span></div>
		<div class="post-author" id="ctl00_m_g_ae203a01_e460_4023_9cca_e385d0e2de83_lblAuthor">Thanh Bình</div>
	</div>
	<div class="post-other">
		<div class="other-title">Các tin khác</div>
		<ul class="other-list"><li><a href="/tin-hoat-dong/tong-ket-cong-tac-mat-tran-nam-2019-1429.aspx">Tổng kết công tác Mặt trận năm 2019</a> <span class="date">(20/12/2019)</span></li>
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
  _gaq.push(['_setAccount', 'UA-10001448-1']);
  _gaq.push(['_trackPageview']);
  (function() {
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  })();
</script>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQLWlI/bT25N8WkUGlspoBbQrFAs8mZ+BnunHnN31wm7qt0CiyBpr54ju/B4rIGhP1udD2eS/htmiC+vdVwWhd2vBERX/vJZQzLxWdy+BlMUWXy7NLLMYwhyCEg" />
</form>
</body>
</html>
